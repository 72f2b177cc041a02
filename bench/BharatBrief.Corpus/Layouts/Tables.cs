using System.Text;
using BharatBrief.Corpus.Writing;

namespace BharatBrief.Corpus.Layouts;

/// <summary>Pipe tables as Markdown and pasted web pages write them.</summary>
public static class Tables
{
    public static void AppendFactBox(StringBuilder text, FactBox box, Random random)
    {
        text.Append(random.Next(3) == 0 ? "Key Facts\n" : "Fact Box\n");
        text.Append("| Topic | Key Details |\n|---|---|\n");
        foreach (var (topic, details) in box.Rows)
        {
            text.Append("| ").Append(topic).Append(" | ").Append(details).Append(" |\n");
        }
    }
}
