using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Trainings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceBot.Domain.Persistence.Configurations;

internal sealed class TrainingConfiguration : IEntityTypeConfiguration<Training>
{
    public void Configure(EntityTypeBuilder<Training> builder)
    {
        builder.ToTable("Trainings");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Title).HasMaxLength(Training.TitleMaxLength);
        builder.Property(t => t.Agenda).HasMaxLength(Training.AgendaMaxLength);
        builder.Property(t => t.Room).HasMaxLength(Training.RoomMaxLength);
        builder.Property(t => t.Audience).HasMaxLength(Training.AudienceMaxLength);
        builder.Property(t => t.ScheduledBy).HasMaxLength(Employee.IdMaxLength);
        // The trainings register page (decision 145): by start, and by a title's beginning.
        builder.HasIndex(t => new { t.StartsAt, t.Id });
        builder.HasIndex(t => t.Title);
        builder.HasMany(t => t.Sessions).WithOne().HasForeignKey(s => s.TrainingId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(t => t.Sessions).AutoInclude();
    }
}

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> builder)
    {
        builder.ToTable("TrainingSessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasIndex(s => new { s.TrainingId, s.Number }).IsUnique();
        builder.HasIndex(s => s.StartsAt);
        // The event id arrives from the outbox; attendance is recorded once (Reg. 14.7).
        builder.Property(s => s.EventId).HasMaxLength(TrainingSession.EventIdMaxLength).IsRegisterState();
        builder.Property(s => s.EventCreatedAt).IsRegisterState();
        builder.Property(s => s.AttendanceRecordedAt).IsRegisterState();
        builder.Property(s => s.AttendanceRecordedBy).HasMaxLength(Employee.IdMaxLength).IsRegisterState();
        builder.HasMany(s => s.Seats).WithOne().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(s => s.Seats).AutoInclude();
    }
}

internal sealed class TrainingSeatConfiguration : IEntityTypeConfiguration<TrainingSeat>
{
    public void Configure(EntityTypeBuilder<TrainingSeat> builder)
    {
        builder.ToTable("TrainingSeats");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.EmployeeAadObjectId).HasMaxLength(Employee.IdMaxLength);
        builder.Property(s => s.Email).HasMaxLength(TrainingSeat.EmailMaxLength);
        builder.Property(s => s.DisplayName).HasMaxLength(Employee.NameMaxLength);
        builder.Property(s => s.Response).IsRegisterState();
        builder.Property(s => s.RespondedAt).IsRegisterState();
        builder.Property(s => s.Attended).IsRegisterState();
        builder.HasIndex(s => new { s.SessionId, s.EmployeeAadObjectId }).IsUnique();
        builder.HasIndex(s => s.EmployeeAadObjectId); // "my trainings" (decision 142)
    }
}

internal sealed class TrainingHistoryEntryConfiguration : IEntityTypeConfiguration<TrainingHistoryEntry>
{
    public void Configure(EntityTypeBuilder<TrainingHistoryEntry> builder)
    {
        builder.ToTable("TrainingHistory");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.EmployeeAadObjectId).HasMaxLength(Employee.IdMaxLength);
        builder.Property(h => h.Title).HasMaxLength(Training.TitleMaxLength);
        builder.Property(h => h.Provider).HasMaxLength(TrainingHistoryEntry.ProviderMaxLength);
        builder.Property(h => h.RecordedBy).HasMaxLength(Employee.IdMaxLength);
        builder.HasIndex(h => new { h.EmployeeAadObjectId, h.CompletedOn });
    }
}

internal sealed class NoticeDeliveryConfiguration : IEntityTypeConfiguration<NoticeDelivery>
{
    public void Configure(EntityTypeBuilder<NoticeDelivery> builder)
    {
        builder.ToTable("NoticeDeliveries");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.IdempotencyKey).HasMaxLength(NoticeDelivery.KeyMaxLength);
        builder.HasIndex(n => n.IdempotencyKey).IsUnique();
        builder.Property(n => n.Kind).HasMaxLength(NoticeDelivery.KindMaxLength);
        builder.Property(n => n.Number).HasMaxLength(NoticeDelivery.NumberMaxLength);
        builder.Property(n => n.Category).HasMaxLength(NoticeDelivery.CategoryMaxLength);
        builder.HasIndex(n => n.OfficersAlertedAt);
    }
}

internal sealed class DirectorDigestItemConfiguration : IEntityTypeConfiguration<DirectorDigestItem>
{
    public void Configure(EntityTypeBuilder<DirectorDigestItem> builder)
    {
        builder.ToTable("DirectorDigestItems");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Key).HasMaxLength(DirectorDigestItem.KeyMaxLength);
        builder.HasIndex(i => i.Key).IsUnique();
        builder.Property(i => i.NoticeType).HasMaxLength(DirectorDigestItem.NoticeTypeMaxLength);
        builder.Property(i => i.Number).HasMaxLength(DirectorDigestItem.NumberMaxLength);
        builder.Property(i => i.Category).HasMaxLength(DirectorDigestItem.CategoryMaxLength);
        builder.Property(i => i.Status).HasMaxLength(DirectorDigestItem.StatusMaxLength);
        builder.Property(i => i.DigestKey).HasMaxLength(DirectorDigestItem.KeyMaxLength);
        builder.HasIndex(i => new { i.DigestKey, i.WithheldAt });
    }
}

internal sealed class DirectorNoticeAcknowledgementConfiguration : IEntityTypeConfiguration<DirectorNoticeAcknowledgement>
{
    public void Configure(EntityTypeBuilder<DirectorNoticeAcknowledgement> builder)
    {
        builder.ToTable("DirectorNoticeAcknowledgements");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.NoticeKey).HasMaxLength(DirectorNoticeAcknowledgement.NoticeKeyMaxLength);
        // One acknowledgement per notice: twice is once (issue 18).
        builder.HasIndex(a => a.NoticeKey).IsUnique();
        builder.Property(a => a.AcknowledgedBy).HasMaxLength(DirectorNoticeAcknowledgement.DirectorMaxLength);
        // The officer's case page: the acknowledgements of the notices about one case.
        builder.HasIndex(a => a.ReportId);
    }
}

internal sealed class ScheduledJobStateConfiguration : IEntityTypeConfiguration<ScheduledJobState>
{
    public void Configure(EntityTypeBuilder<ScheduledJobState> builder)
    {
        builder.ToTable("ScheduledJobs");
        builder.HasKey(j => j.Name);
        builder.Property(j => j.Name).HasMaxLength(ScheduledJobState.NameMaxLength);
        builder.Property(j => j.LeaseOwner).HasMaxLength(ScheduledJobState.OwnerMaxLength);
        builder.Property(j => j.Cursor).HasMaxLength(ScheduledJobState.CursorMaxLength);
    }
}
