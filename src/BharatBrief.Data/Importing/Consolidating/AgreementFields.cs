namespace BharatBrief.Data.Importing.Consolidating;

/// <summary>The agreement fields editors can correct, by the names overrides use.</summary>
public static class AgreementFields
{
    public const string Name = "name";
    public const string Aliases = "aliases";
    public const string Status = "status";
    public const string StatusSource = "status-source";
    public const string Kind = "kind";
}
