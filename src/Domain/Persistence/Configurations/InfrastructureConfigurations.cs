using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Conversations;
using ComplianceBot.Domain.Numbering;
using ComplianceBot.Domain.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceBot.Domain.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Kind).HasMaxLength(OutboxMessage.KindMaxLength);
        builder.Property(m => m.Recipient).HasMaxLength(OutboxMessage.RecipientMaxLength);
        builder.Property(m => m.IdempotencyKey).HasMaxLength(OutboxMessage.IdempotencyKeyMaxLength);
        builder.Property(m => m.LeaseOwner).HasMaxLength(OutboxMessage.LeaseOwnerMaxLength);
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.ErrorMaxLength);
        builder.HasIndex(m => m.IdempotencyKey).IsUnique();
        builder.HasIndex(m => new { m.DeliveredAt, m.FailedAt, m.NextAttemptAt });
        // The director's notices in the workspace, newest first (decision 142).
        builder.HasIndex(m => new { m.Kind, m.CreatedAt });
    }
}

internal sealed class ConversationReferenceConfiguration : IEntityTypeConfiguration<ConversationReference>
{
    public void Configure(EntityTypeBuilder<ConversationReference> builder)
    {
        builder.HasKey(c => c.UserId);
        builder.Property(c => c.UserId).HasMaxLength(ConversationReference.IdMaxLength);
        builder.Property(c => c.AadObjectId).HasMaxLength(ConversationReference.IdMaxLength);
        builder.Property(c => c.TenantId).HasMaxLength(ConversationReference.IdMaxLength);
        builder.Property(c => c.ConversationId).HasMaxLength(ConversationReference.IdMaxLength);
        builder.Property(c => c.BotId).HasMaxLength(ConversationReference.IdMaxLength);
        builder.Property(c => c.ServiceUrl).HasMaxLength(ConversationReference.ServiceUrlMaxLength);
        builder.Property(c => c.Locale).HasMaxLength(20);
        builder.HasIndex(c => c.AadObjectId);
    }
}

internal sealed class ProcessedActivityConfiguration : IEntityTypeConfiguration<ProcessedActivity>
{
    public void Configure(EntityTypeBuilder<ProcessedActivity> builder)
    {
        builder.HasKey(a => new { a.ChannelId, a.ActivityId });
        builder.Property(a => a.ChannelId).HasMaxLength(ProcessedActivity.IdMaxLength);
        builder.Property(a => a.ActivityId).HasMaxLength(ProcessedActivity.IdMaxLength);
        builder.HasIndex(a => a.ReceivedAt);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        // The sequence is the key: two writers that chain onto the same tail cannot both insert.
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.Actor).HasMaxLength(200);
        builder.Property(e => e.Action).HasMaxLength(100);
        builder.Property(e => e.EntityType).HasMaxLength(100);
        builder.Property(e => e.EntityId).HasMaxLength(100);
        builder.Property(e => e.Details).HasMaxLength(2000);
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength();
        builder.Property(e => e.Hash).HasMaxLength(64).IsFixedLength();
        builder.Property(e => e.KeyId).HasMaxLength(AuditEntry.KeyIdMaxLength);
        builder.HasIndex(e => new { e.EntityType, e.EntityId });
    }
}

internal sealed class RegisterCounterConfiguration : IEntityTypeConfiguration<RegisterCounter>
{
    public void Configure(EntityTypeBuilder<RegisterCounter> builder)
    {
        builder.HasKey(c => new { c.Register, c.Year });
        builder.Property(c => c.LastValue).IsConcurrencyToken();
    }
}
