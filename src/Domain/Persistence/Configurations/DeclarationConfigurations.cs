using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Gifts;
using ComplianceBot.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceBot.Domain.Persistence.Configurations;

internal sealed class GiftDeclarationConfiguration : IEntityTypeConfiguration<GiftDeclaration>
{
    public void Configure(EntityTypeBuilder<GiftDeclaration> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Number).HasMaxLength(20);
        builder.HasIndex(d => d.Number).IsUnique();
        builder.Property(d => d.DeclarantAadObjectId).HasMaxLength(Employee.IdMaxLength);
        builder.HasIndex(d => d.DeclarantAadObjectId);
        // The workspace's register pages (decision 141): keyset paging by (FiledAt, Id), alone or within a status; the status-first index also counts declarations by status (decision 142).
        builder.HasIndex(d => new { d.FiledAt, d.Id });
        builder.HasIndex(d => new { d.Status, d.FiledAt, d.Id });
        builder.Property(d => d.Status).IsRegisterState();
        builder.HasMany(d => d.Versions).WithOne().HasForeignKey(v => v.DeclarationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Decision).WithOne().HasForeignKey<GiftDecision>(x => x.DeclarationId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(d => d.Versions).AutoInclude();
        builder.Navigation(d => d.Decision).AutoInclude();
    }
}

internal sealed class GiftDeclarationVersionConfiguration : IEntityTypeConfiguration<GiftDeclarationVersion>
{
    public void Configure(EntityTypeBuilder<GiftDeclarationVersion> builder)
    {
        builder.ToTable("GiftDeclarationVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasIndex(v => new { v.DeclarationId, v.VersionNumber }).IsUnique();
        builder.Property(v => v.RecordedBy).HasMaxLength(Employee.IdMaxLength);
        builder.ComplexProperty(v => v.Details, d =>
        {
            d.Property(x => x.OtherPartyPerson).HasMaxLength(GiftDetails.PartyMaxLength);
            d.Property(x => x.OtherPartyOrganisation).HasMaxLength(GiftDetails.PartyMaxLength);
            d.Property(x => x.Occasion).HasMaxLength(GiftDetails.OccasionMaxLength);
            d.Property(x => x.Description).HasMaxLength(GiftDetails.DescriptionMaxLength);
            d.Property(x => x.EstimatedValueKzt).HasPrecision(18, 2);
        });
    }
}

internal sealed class GiftDecisionConfiguration : IEntityTypeConfiguration<GiftDecision>
{
    public void Configure(EntityTypeBuilder<GiftDecision> builder)
    {
        builder.ToTable("GiftDecisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        // One decision per declaration, enforced by the database too.
        builder.HasIndex(d => d.DeclarationId).IsUnique();
        builder.Property(d => d.Reason).HasMaxLength(DeclarationRules.ReasonMaxLength);
        builder.Property(d => d.DecidedBy).HasMaxLength(Employee.IdMaxLength);
    }
}

internal sealed class ConflictDeclarationConfiguration : IEntityTypeConfiguration<ConflictOfInterestDeclaration>
{
    public void Configure(EntityTypeBuilder<ConflictOfInterestDeclaration> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Number).HasMaxLength(20);
        builder.HasIndex(d => d.Number).IsUnique();
        builder.Property(d => d.DeclarantAadObjectId).HasMaxLength(Employee.IdMaxLength);
        builder.HasIndex(d => d.DeclarantAadObjectId);
        // The workspace's register pages (decision 141): keyset paging by (FiledAt, Id), alone or within a status; the status-first index also counts declarations by status (decision 142).
        builder.HasIndex(d => new { d.FiledAt, d.Id });
        builder.HasIndex(d => new { d.Status, d.FiledAt, d.Id });
        builder.Property(d => d.Status).IsRegisterState();
        builder.HasMany(d => d.Versions).WithOne().HasForeignKey(v => v.DeclarationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Assessment).WithOne().HasForeignKey<ConflictAssessment>(x => x.DeclarationId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(d => d.Versions).AutoInclude();
        builder.Navigation(d => d.Assessment).AutoInclude();
    }
}

internal sealed class ConflictDeclarationVersionConfiguration : IEntityTypeConfiguration<ConflictDeclarationVersion>
{
    public void Configure(EntityTypeBuilder<ConflictDeclarationVersion> builder)
    {
        builder.ToTable("ConflictDeclarationVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasIndex(v => new { v.DeclarationId, v.VersionNumber }).IsUnique();
        builder.Property(v => v.RecordedBy).HasMaxLength(Employee.IdMaxLength);
        builder.ComplexProperty(v => v.Details, d =>
        {
            d.Property(x => x.PersonalInterest).HasMaxLength(ConflictDetails.TextMaxLength);
            d.Property(x => x.RelatedPersons).HasMaxLength(ConflictDetails.TextMaxLength);
            d.Property(x => x.AffectedProcess).HasMaxLength(ConflictDetails.ProcessMaxLength);
        });
    }
}

internal sealed class ConflictAssessmentConfiguration : IEntityTypeConfiguration<ConflictAssessment>
{
    public void Configure(EntityTypeBuilder<ConflictAssessment> builder)
    {
        builder.ToTable("ConflictAssessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => a.DeclarationId).IsUnique();
        builder.Property(a => a.MeasureDetails).HasMaxLength(ConflictAssessment.MeasureDetailsMaxLength);
        builder.Property(a => a.Reason).HasMaxLength(DeclarationRules.ReasonMaxLength);
        builder.Property(a => a.AssessedBy).HasMaxLength(Employee.IdMaxLength);
        builder.HasIndex(a => a.MonitoringDate);
    }
}
