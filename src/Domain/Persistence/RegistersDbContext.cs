using ComplianceBot.Domain.Attestation;
using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Conversations;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Gifts;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Numbering;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Reports;
using ComplianceBot.Domain.Trainings;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Persistence;

/// <summary>
/// The registers. Each provider has its own subclass so it keeps its own migration set
/// (EF Core, "Migrations with multiple providers"); code depends on this base type only.
/// Add a migration to both sets after a model change, from the repository root:
/// <code>
/// dotnet tool restore
/// dotnet ef migrations add NAME --project src/Domain --startup-project src/Domain --context SqliteRegistersDbContext --output-dir Persistence/Migrations/Sqlite
/// dotnet ef migrations add NAME --project src/Domain --startup-project src/Domain --context SqlServerRegistersDbContext --output-dir Persistence/Migrations/SqlServer
/// </code>
/// Saving also numbers new register entries and appends their audit entries in the same
/// transaction (<see cref="SaveChangesAsync(bool, CancellationToken)"/>).
/// </summary>
public abstract partial class RegistersDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Employee> Employees => Set<Employee>();
    public DbSet<OfficerAppointment> OfficerAppointments => Set<OfficerAppointment>();
    public DbSet<GiftDeclaration> GiftDeclarations => Set<GiftDeclaration>();
    public DbSet<ConflictOfInterestDeclaration> ConflictDeclarations => Set<ConflictOfInterestDeclaration>();
    public DbSet<ConfidentialReport> ConfidentialReports => Set<ConfidentialReport>();
    public DbSet<Investigation> Investigations => Set<Investigation>();
    public DbSet<ParticipationRecord> ParticipationRecords => Set<ParticipationRecord>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<RegisterCounter> RegisterCounters => Set<RegisterCounter>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ConversationReference> ConversationReferences => Set<ConversationReference>();
    public DbSet<ProcessedActivity> ProcessedActivities => Set<ProcessedActivity>();
    public DbSet<Training> Trainings => Set<Training>();
    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();
    public DbSet<TrainingSeat> TrainingSeats => Set<TrainingSeat>();
    public DbSet<TrainingHistoryEntry> TrainingHistory => Set<TrainingHistoryEntry>();
    public DbSet<NoticeDelivery> NoticeDeliveries => Set<NoticeDelivery>();
    public DbSet<DirectorDigestItem> DirectorDigestItems => Set<DirectorDigestItem>();
    public DbSet<DirectorNoticeAcknowledgement> DirectorNoticeAcknowledgements => Set<DirectorNoticeAcknowledgement>();
    public DbSet<ScheduledJobState> ScheduledJobs => Set<ScheduledJobState>();
    public DbSet<RegisterExportLink> RegisterExportLinks => Set<RegisterExportLink>();
    public DbSet<AttestationCampaign> AttestationCampaigns => Set<AttestationCampaign>();
    public DbSet<AttestationParticipant> AttestationParticipants => Set<AttestationParticipant>();

    /// <summary>The audit chain's keys, from the options (<see cref="AuditChainKeyOptions.UseAuditChainKeys"/>); null in a context that only reads.</summary>
    public AuditChainKeys? AuditChainKeys { get; } = options.FindExtension<AuditChainKeyExtension>()?.Keys;

    internal AuditChainKeys RequireAuditChainKeys() => AuditChainKeys
        ?? throw new InvalidOperationException("This registers context has no audit chain key; build its options with UseAuditChainKeys (decision 120).");

    /// <summary>True when the exception is a unique-key or concurrency-token clash another writer caused.</summary>
    protected internal abstract bool IsWriteConflict(DbUpdateException exception);

    /// <summary>
    /// Adds the interceptors a context built by hand (tests, tools) lacks. The application's pooled
    /// contexts get them in their registered options, which a pooled context may not change here.
    /// </summary>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        AddInterceptorOnce(optionsBuilder, AppendOnlyInterceptor.Instance);
    }

    /// <summary>Adds <paramref name="interceptor"/> unless the options already hold one of its type.</summary>
    protected static void AddInterceptorOnce<TInterceptor>(DbContextOptionsBuilder optionsBuilder, TInterceptor interceptor)
        where TInterceptor : class, Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        var present = optionsBuilder.Options.FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()
            ?.Interceptors?.OfType<TInterceptor>().Any() == true;
        if (!present)
        {
            optionsBuilder.AddInterceptors(interceptor);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegistersDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<Reports.ReportCategory>().HaveConversion<ReportCategoryConverter>().HaveMaxLength(Choices.RegisterChoice.KeyMaxLength);
        configurationBuilder.Properties<Reports.ReportOutcome>().HaveConversion<ReportOutcomeConverter>().HaveMaxLength(Choices.RegisterChoice.KeyMaxLength);
        configurationBuilder.Properties<Conflicts.ConflictArea>().HaveConversion<ConflictAreaConverter>().HaveMaxLength(Choices.RegisterChoice.KeyMaxLength);
        configurationBuilder.Properties<Conflicts.SettlementMeasure>().HaveConversion<SettlementMeasureConverter>().HaveMaxLength(Choices.RegisterChoice.KeyMaxLength);
    }
}
