using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceBot.Domain.Reports;

internal sealed class FollowUpThrottleConfiguration : IEntityTypeConfiguration<FollowUpThrottle>
{
    public void Configure(EntityTypeBuilder<FollowUpThrottle> builder)
    {
        builder.ToTable("FollowUpThrottles");
        builder.HasKey(t => t.Key);
        builder.Property(t => t.Key).HasMaxLength(FollowUpThrottle.KeyLength);
        builder.HasIndex(t => t.ExpiresAt);
    }
}

internal sealed class ExplanationRequestConfiguration : IEntityTypeConfiguration<ExplanationRequest>
{
    public void Configure(EntityTypeBuilder<ExplanationRequest> builder)
    {
        builder.ToTable("ExplanationRequests");
        // Stryker disable once Statement : equivalent — EF Core's convention makes the property named Id the key
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.EmployeeAadObjectId).HasMaxLength(Employee.IdMaxLength);
        builder.Property(e => e.EmployeeName).HasMaxLength(Employee.NameMaxLength);
        builder.Property(e => e.Question).HasMaxLength(ExplanationRequest.TextMaxLength);
        builder.Property(e => e.RequestedBy).HasMaxLength(Employee.IdMaxLength);
        builder.Property(e => e.Answer).HasMaxLength(ExplanationRequest.TextMaxLength).IsRegisterState();
        builder.Property(e => e.AnsweredAt).IsRegisterState();
        builder.HasIndex(e => new { e.ReportId, e.DueOn });
        builder.HasIndex(e => new { e.EmployeeAadObjectId, e.DueOn }); // "my explanation requests" (decision 142)
        builder.HasOne<ConfidentialReport>().WithMany().HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Restrict);
    }
}
