using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceBot.Domain.Persistence.Configurations;

internal sealed class InvestigationConfiguration : IEntityTypeConfiguration<Investigation>
{
    public void Configure(EntityTypeBuilder<Investigation> builder)
    {
        builder.ToTable("Investigations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.HasOne<ConfidentialReport>().WithMany().HasForeignKey(i => i.ReportId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.UnitOrProcess).HasMaxLength(ProcessKey.MaxLength);
        builder.Property(i => i.ProcessKey).HasMaxLength(ProcessKey.MaxLength);
        builder.Property(i => i.OpenedBy).HasMaxLength(Employee.IdMaxLength);
        // Concluding is the investigation's one recorded change.
        builder.Property(i => i.Findings).HasMaxLength(Investigation.FindingsMaxLength).IsRegisterState();
        builder.Property(i => i.ConcludedAt).IsRegisterState();
        builder.Property(i => i.ConcludedBy).HasMaxLength(Employee.IdMaxLength).IsRegisterState();
        builder.HasMany(i => i.Assignments).WithOne().HasForeignKey(a => a.InvestigationId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(i => i.Assignments).AutoInclude();
    }
}

internal sealed class InvestigatorAssignmentConfiguration : IEntityTypeConfiguration<InvestigatorAssignment>
{
    public void Configure(EntityTypeBuilder<InvestigatorAssignment> builder)
    {
        builder.ToTable("InvestigatorAssignments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.InvestigatorAadObjectId).HasMaxLength(Employee.IdMaxLength);
        builder.Property(a => a.AssignedBy).HasMaxLength(Employee.IdMaxLength);
        builder.HasIndex(a => new { a.InvestigationId, a.InvestigatorAadObjectId }).IsUnique();
    }
}

internal sealed class ParticipationRecordConfiguration : IEntityTypeConfiguration<ParticipationRecord>
{
    public void Configure(EntityTypeBuilder<ParticipationRecord> builder)
    {
        builder.ToTable("ParticipationRecords");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.PersonAadObjectId).HasMaxLength(Employee.IdMaxLength);
        builder.Property(r => r.UnitOrProcess).HasMaxLength(ProcessKey.MaxLength);
        builder.Property(r => r.ProcessKey).HasMaxLength(ProcessKey.MaxLength);
        builder.Property(r => r.RecordedBy).HasMaxLength(Employee.IdMaxLength);
        builder.HasIndex(r => new { r.PersonAadObjectId, r.ProcessKey });
        // The participation register page (decision 145): by first day, and by a process's name's beginning.
        builder.HasIndex(r => new { r.From, r.Id });
        builder.HasIndex(r => new { r.ProcessKey, r.From, r.Id });
    }
}
