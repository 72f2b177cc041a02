using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Sharing;

/// <summary>
/// What the web servers on one store share besides the store itself: the data-protection keys that sign editors'
/// cookies and form tokens, and editors' sessions, so that a cookie or a form made by one server is taken by every
/// other. A context of its own, with its own migrations and history table, so that it never touches the store's model
/// (docs/deploy.md, "Several web servers").
/// </summary>
public sealed class SharedStateDbContext(DbContextOptions<SharedStateDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>The history table of this context's migrations, apart from the store's <c>__EFMigrationsHistory</c>.</summary>
    public const string MigrationsHistoryTable = "__SharedStateMigrationsHistory";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<StoredEditorSession> EditorSessions => Set<StoredEditorSession>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DataProtectionKey>(key =>
        {
            key.ToTable("DataProtectionKeys");
            key.Property(k => k.FriendlyName).HasMaxLength(200);
        });
        modelBuilder.Entity<StoredEditorSession>(session =>
        {
            session.ToTable("EditorSessions");
            session.HasKey(s => s.Key);
            session.Property(s => s.Key).HasMaxLength(64);
            session.HasIndex(s => s.ExpiresAt);
        });
    }
}

/// <summary>An editor's signed-in session: the cookie holds <see cref="Key"/>, the store holds the protected ticket.</summary>
public sealed class StoredEditorSession
{
    public required string Key { get; set; }

    /// <summary>The authentication ticket, serialized and protected with the shared data-protection keys.</summary>
    public required byte[] Ticket { get; set; }

    /// <summary>When the session ends, in Unix seconds (an integer compares the same way on every provider).</summary>
    public long ExpiresAt { get; set; }
}
