using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceBot.Domain.Persistence.Configurations;

internal sealed class ConfidentialReportConfiguration : IEntityTypeConfiguration<ConfidentialReport>
{
    public void Configure(EntityTypeBuilder<ConfidentialReport> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Number).HasMaxLength(20);
        builder.HasIndex(r => r.Number).IsUnique();
        builder.Property(r => r.CaseCode).HasMaxLength(CaseCode.Length);
        builder.HasIndex(r => r.CaseCode).IsUnique();
        builder.Property(r => r.PassphraseHash).HasMaxLength(200);
        builder.Property(r => r.Description).HasMaxLength(ReportSubmission.DescriptionMaxLength);
        builder.Property(r => r.WhenAndWhere).HasMaxLength(ReportSubmission.WhenAndWhereMaxLength);
        builder.Property(r => r.UnitOrProcess).HasMaxLength(Investigations.ProcessKey.MaxLength);
        builder.Property(r => r.ProcessKey).HasMaxLength(Investigations.ProcessKey.MaxLength);
        builder.Property(r => r.SealedIdentity).HasMaxLength(4000);
        builder.Property(r => r.AssignedOfficerAadObjectId).HasMaxLength(Employee.IdMaxLength).IsRegisterState();
        // The current status beside its transition rows; the outcome and the director flag are set by transitions.
        builder.Property(r => r.Status).IsRegisterState();
        builder.Property(r => r.Outcome).IsRegisterState();
        builder.Property(r => r.DirectorImplicated).IsRegisterState();
        builder.HasIndex(r => new { r.Status, r.AcknowledgeBy });
        // The case inbox and its counts (decision 144): every column the access rule, the filters, the deadline order
        // and the listed row read, so SQLite answers from this index without reading the reports' texts.
        builder.HasIndex(r => new
        {
            r.Status, r.AssignedOfficerAadObjectId, r.AcknowledgeBy, r.FeedbackBy, r.Number, r.Category, r.FiledOn,
            r.IsAnonymous, r.DirectorImplicated, r.ProcessKey, r.Id,
        }).HasDatabaseName("IX_ConfidentialReports_Inbox");
        // The figures (Reg. 14.2, decision 142): reports by month, and the deadlines against the times they were met.
        builder.Property(r => r.AcknowledgedAt).IsRegisterState();
        builder.Property(r => r.ClosedAt).IsRegisterState();
        builder.HasIndex(r => r.FiledOn);
        // One case per referred gift (Reg. 14.13, 14.15).
        builder.HasIndex(r => r.GiftDeclarationId).IsUnique();
        builder.HasOne<Gifts.GiftDeclaration>().WithMany().HasForeignKey(r => r.GiftDeclarationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Transitions).WithOne().HasForeignKey(t => t.ReportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Messages).WithOne().HasForeignKey(m => m.ReportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.PersonsConcerned).WithOne().HasForeignKey(p => p.ReportId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(r => r.Transitions).AutoInclude();
        builder.Navigation(r => r.Messages).AutoInclude();
        builder.Navigation(r => r.PersonsConcerned).AutoInclude();
    }
}

internal sealed class ReportTransitionConfiguration : IEntityTypeConfiguration<ReportTransition>
{
    public void Configure(EntityTypeBuilder<ReportTransition> builder)
    {
        builder.ToTable("ReportTransitions");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.HasIndex(t => new { t.ReportId, t.Sequence }).IsUnique();
        builder.Property(t => t.Actor).HasMaxLength(Employee.IdMaxLength);
        builder.Property(t => t.Note).HasMaxLength(ReportTransition.NoteMaxLength);
    }
}

internal sealed class ReportMessageConfiguration : IEntityTypeConfiguration<ReportMessage>
{
    public void Configure(EntityTypeBuilder<ReportMessage> builder)
    {
        builder.ToTable("ReportMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasIndex(m => new { m.ReportId, m.Sequence }).IsUnique();
        builder.Property(m => m.OfficerAadObjectId).HasMaxLength(Employee.IdMaxLength);
        builder.Property(m => m.Text).HasMaxLength(ReportMessage.TextMaxLength);
    }
}

internal sealed class ReportPersonConcernedConfiguration : IEntityTypeConfiguration<ReportPersonConcerned>
{
    public void Configure(EntityTypeBuilder<ReportPersonConcerned> builder)
    {
        builder.ToTable("ReportPersonsConcerned");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(ReportPersonConcerned.NameMaxLength);
        builder.Property(p => p.NameKey).HasMaxLength(ReportPersonConcerned.NameMaxLength * 2);
        builder.Property(p => p.AadObjectId).HasMaxLength(Employee.IdMaxLength);
        builder.Property(p => p.AddedBy).HasMaxLength(Employee.IdMaxLength);
    }
}
