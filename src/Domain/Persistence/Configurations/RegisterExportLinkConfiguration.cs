using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceBot.Domain.Persistence.Configurations;

internal sealed class RegisterExportLinkConfiguration : IEntityTypeConfiguration<RegisterExportLink>
{
    public void Configure(EntityTypeBuilder<RegisterExportLink> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.TokenHash).HasMaxLength(64);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.Property(l => l.OfficerAadObjectId).HasMaxLength(Employee.IdMaxLength);
        builder.Property(l => l.Filter).HasMaxLength(RegisterExportLink.FilterMaxLength);
    }
}
