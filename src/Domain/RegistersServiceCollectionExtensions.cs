using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Choices;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain;

public static class RegistersServiceCollectionExtensions
{
    /// <summary>
    /// Registers the registers: <see cref="RegistersDbContext"/> (scoped, rented from a pool of the configured provider's subclass),
    /// <c>IDbContextFactory&lt;RegistersDbContext&gt;</c> for background work, the options and the domain services.
    /// </summary>
    public static IServiceCollection AddRegisters(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // The provider decides which context type to register, so it is read now; a value that is not a
        // provider name throws here with the setting's path in the message.
        var provider = configuration.GetSection(RegistersOptions.SectionName).Get<RegistersOptions>()?.Provider
            ?? RegistersProvider.Sqlite;

        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<RegistersOptions>().BindConfiguration(RegistersOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => IdentityKeyStore.IsValidKey(o.IdentityEncryptionKey), IdentityKeyStore.InvalidKeyMessage)
            .ValidateOnStart();
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(AuditChainKeys.IsValid, AuditChainKeys.InvalidKeyMessage)
            .ValidateOnStart();
        services.TryAddSingleton(sp => AuditChainKeys.Load(
            sp.GetRequiredService<IOptions<AuditOptions>>().Value, sp.GetRequiredService<IOptions<RegistersOptions>>().Value));
        services.AddOrganizationOptions();

        if (provider == RegistersProvider.SqlServer)
        {
            AddContext<SqlServerRegistersDbContext>(services, (sp, b) => b.UseSqlServer(RequireConnectionString(configuration)));
        }
        else
        {
            AddContext<SqliteRegistersDbContext>(services, (sp, b) => b.UseSqlite(SqliteConnectionString(configuration, sp)));
        }

        services.AddRegisterChoices();
        services.AddSingleton<RegisterClock>();
        services.AddSingleton<PassphraseHasher>();
        services.AddSingleton<IdentitySealer>();
        services.AddScoped<OutboxStore>();
        services.AddScoped<AuditChainVerifier>();
        services.TryAddSingleton<IAuditHeadArchive, LocalAuditHeadArchive>();
        services.AddScoped<AuditHeadPublisher>();
        services.AddScoped<OfficerRoster>();
        services.AddScoped<Declarations.DeclarationReviewers>();
        services.AddScoped<ReportFollowUp>();
        services.AddScoped<ReporterIdentityReader>();
        services.AddScoped<ReportIntake>();
        services.AddScoped<CaseRecusal>();
        services.AddScoped<OfficerCaseScope>();
        services.AddScoped<InvestigatorVetting>();
        services.AddScoped<Trainings.TrainingAudienceResolver>();
        services.AddScoped<Notices.ScheduledJobLeases>();
        return services;
    }

    /// <summary>
    /// Applies pending migrations when <c>Registers:MigrateOnStartup</c> is on (default: on for SQLite only). A database
    /// that already has every migration is left to itself without starting EF Core's migrator (decision 111).
    /// </summary>
    public static async Task MigrateRegistersIfEnabledAsync(this IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        if (!scope.ServiceProvider.GetRequiredService<IOptions<RegistersOptions>>().Value.ShouldMigrateOnStartup)
        {
            return;
        }

        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        if (!await MigrationHistory.IsUpToDateAsync(db))
        {
            await db.Database.MigrateAsync();
        }
    }

    /// <summary>
    /// Contexts kept for reuse at most (decision 108). A message rents two or three; EF Core's default
    /// (1,024) kept every context a burst ever needed — 510 of them, ~10 MB, after one stalled
    /// benchmark round. Past the cap a context is made and disposed as without pooling.
    /// </summary>
    public const int ContextPoolSize = 64;

    /// <summary>
    /// Pooled contexts (decision 027): a request rents one instead of building its internal services
    /// anew. The interceptors are part of the registered options, as pooling requires.
    /// Migrating at start-up does not check the model against the migrations (decision 109): that check
    /// built two more models (the design-time one and the last migration's snapshot) and compared them on
    /// every start of every instance, about 7 MB held for the life of the process. MigrationsTests makes
    /// the same check for both providers before anything is merged.
    /// </summary>
    private static void AddContext<TContext>(IServiceCollection services, Action<IServiceProvider, DbContextOptionsBuilder> configure)
        where TContext : RegistersDbContext
    {
        services.AddPooledDbContextFactory<TContext>((sp, builder) =>
        {
            configure(sp, builder);
            builder.ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));
            builder.AddInterceptors(AppendOnlyInterceptor.Instance);
            builder.UseAuditChainKeys(sp.GetRequiredService<AuditChainKeys>());
            if (typeof(TContext) == typeof(SqliteRegistersDbContext))
            {
                builder.AddInterceptors(SqliteConnectionSettings.Instance);
            }
        }, ContextPoolSize);
        services.AddSingleton<IDbContextFactory<RegistersDbContext>, RegistersDbContextFactory<TContext>>();
        services.AddScoped<RegistersDbContext>(sp => sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext());
    }

    private static string RequireConnectionString(IConfiguration configuration)
    {
        var value = configuration.GetConnectionString(RegistersOptions.ConnectionStringName);
        return string.IsNullOrWhiteSpace(value)
            ? throw new InvalidOperationException("ConnectionStrings:Registers is required when Registers:Provider is SqlServer.")
            : value;
    }

    private static string SqliteConnectionString(IConfiguration configuration, IServiceProvider services)
    {
        var configured = configuration.GetConnectionString(RegistersOptions.ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var directory = services.GetRequiredService<IOptions<RegistersOptions>>().Value.ResolveDataDirectory();
        Directory.CreateDirectory(directory);
        return $"Data Source={Path.Combine(directory, "registers.db")}";
    }
}
