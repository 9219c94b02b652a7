using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceBot.Domain.Attestation;

internal sealed class AttestationCampaignConfiguration : IEntityTypeConfiguration<AttestationCampaign>
{
    public void Configure(EntityTypeBuilder<AttestationCampaign> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.StartedBy).HasMaxLength(Employee.IdMaxLength);
        builder.PrimitiveCollection(c => c.Departments);
        builder.Property(c => c.Status).IsRegisterState();
        builder.Property(c => c.OpenYear).IsRegisterState();
        builder.Property(c => c.ClosedBy).HasMaxLength(Employee.IdMaxLength).IsRegisterState();
        builder.Property(c => c.ClosedAt).IsRegisterState();
        // One open campaign per year, also across instances (nullable: closed campaigns do not count).
        builder.HasIndex(c => c.OpenYear).IsUnique();
        builder.HasMany(c => c.Transitions).WithOne().HasForeignKey(t => t.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.Transitions).AutoInclude();
    }
}

internal sealed class AttestationCampaignTransitionConfiguration : IEntityTypeConfiguration<AttestationCampaignTransition>
{
    public void Configure(EntityTypeBuilder<AttestationCampaignTransition> builder)
    {
        builder.ToTable("AttestationCampaignTransitions");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.By).HasMaxLength(Employee.IdMaxLength);
    }
}

internal sealed class AttestationParticipantConfiguration : IEntityTypeConfiguration<AttestationParticipant>
{
    public void Configure(EntityTypeBuilder<AttestationParticipant> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.EmployeeAadObjectId).HasMaxLength(Employee.IdMaxLength);
        builder.Property(p => p.Department).HasMaxLength(Employee.NameMaxLength);
        builder.HasIndex(p => new { p.CampaignId, p.EmployeeAadObjectId }).IsUnique();
        // The attestation register page (decision 145): a campaign's participants by department, also of one answer.
        builder.HasIndex(p => new { p.CampaignId, p.Department, p.Id });
        builder.HasIndex(p => new { p.CampaignId, p.Response, p.Department, p.Id });
        builder.HasOne<AttestationCampaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Response).IsRegisterState();
        builder.Property(p => p.RespondedAt).IsRegisterState();
        builder.Property(p => p.DeclarationNumber).HasMaxLength(20).IsRegisterState();
        // The reminder count is also a concurrency token: two instances cannot count the same reminder.
        builder.Property(p => p.ReminderCount).IsRegisterState().IsConcurrencyToken();
        builder.Property(p => p.LastReminderAt).IsRegisterState();
    }
}
