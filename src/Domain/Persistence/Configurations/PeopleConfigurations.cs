using ComplianceBot.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceBot.Domain.Persistence.Configurations;

internal sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> builder)
    {
        builder.HasKey(e => e.AadObjectId);
        builder.Property(e => e.AadObjectId).HasMaxLength(Employee.IdMaxLength);
        builder.Property(e => e.TenantId).HasMaxLength(Employee.IdMaxLength);
        builder.Property(e => e.ManagerAadObjectId).HasMaxLength(Employee.IdMaxLength);
        builder.Property(e => e.DisplayName).HasMaxLength(Employee.NameMaxLength);
        builder.Property(e => e.Department).HasMaxLength(Employee.NameMaxLength);
        builder.Property(e => e.JobTitle).HasMaxLength(Employee.NameMaxLength);
        builder.Property(e => e.PreferredLanguage).HasMaxLength(2);
        builder.Property(e => e.Mail).HasMaxLength(Employee.MailMaxLength);
        builder.HasIndex(e => e.Department);
        // Name and mail prefixes: the workspace's people picker and register search (decision 141).
        builder.HasIndex(e => e.DisplayName);
        builder.HasIndex(e => e.Mail);
    }
}

internal sealed class OfficerAppointmentConfiguration : IEntityTypeConfiguration<OfficerAppointment>
{
    public void Configure(EntityTypeBuilder<OfficerAppointment> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.OfficerAadObjectId).HasMaxLength(Employee.IdMaxLength);
        builder.Property(a => a.RecordedBy).HasMaxLength(Employee.IdMaxLength);
        builder.Property(a => a.DecisionNumber).HasMaxLength(OfficerAppointment.DecisionNumberMaxLength);
        // Early termination is the one change an appointment allows, recorded once (Reg. 15, 17).
        builder.Property(a => a.TerminatedOn).IsRegisterState();
        builder.Property(a => a.TerminatedBy).HasMaxLength(Employee.IdMaxLength).IsRegisterState();
        builder.HasIndex(a => new { a.OfficerAadObjectId, a.TermEnd });
    }
}
