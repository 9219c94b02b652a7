using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Domain.Audit;

/// <summary>
/// Carries the chain's keys in a context's options, so pooled contexts (decision 027) and contexts built by hand
/// (tools, tests) sign with the same key without a service locator. It adds no EF Core service.
/// </summary>
public sealed class AuditChainKeyExtension(AuditChainKeys keys) : IDbContextOptionsExtension
{
    public AuditChainKeys Keys { get; } = keys;

    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        // Stryker disable once Boolean : equivalent — the extension registers no services, so EF Core finds the same (SQLite or SQL Server) provider either way
        public override bool IsDatabaseProvider => false;

        // Stryker disable once String : equivalent — only EF Core's log line describing the options reads it
        public override string LogFragment => "AuditChainKeys ";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo)
        {
        }
    }
}

public static class AuditChainKeyOptions
{
    /// <summary>Signs this context's audit entries and register-row digests with <paramref name="keys"/>.</summary>
    public static DbContextOptionsBuilder UseAuditChainKeys(this DbContextOptionsBuilder builder, AuditChainKeys keys)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new AuditChainKeyExtension(keys));
        return builder;
    }

    /// <inheritdoc cref="UseAuditChainKeys(DbContextOptionsBuilder, AuditChainKeys)"/>
    public static DbContextOptionsBuilder<TContext> UseAuditChainKeys<TContext>(this DbContextOptionsBuilder<TContext> builder, AuditChainKeys keys)
        where TContext : DbContext
    {
        ((DbContextOptionsBuilder)builder).UseAuditChainKeys(keys);
        return builder;
    }
}
