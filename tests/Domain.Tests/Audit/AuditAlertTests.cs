using System.Text.Json;
using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Outbox;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Tests.Audit;

// Decision 120, regulation invariant 4: a failed verification reaches every active officer once per finding and day,
// naming what was found and where, never any register content.
public sealed class AuditAlertTests : RegisterTestBase
{
    private static readonly AuditVerificationResult Edited = new()
    {
        Finding = AuditFinding.EditedRow, FirstBrokenSequence = 12, Table = "ConfidentialReports", RowKey = "row-1", Problem = "it was edited",
    };

    private async Task AlertAsync(AuditVerificationResult result)
    {
        await using var db = Database.CreateContext();
        await new AuditHeadPublisher(db, new LocalAuditHeadArchive(World.RegistersOptions), World.Roster(db), World.Time).AlertAsync(result, CancellationToken.None);
    }

    [Fact]
    public async Task AlertAsync_Finding_MailsEachActiveOfficerOncePerDay()
    {
        await AlertAsync(Edited);
        await AlertAsync(Edited);

        await using (var read = Database.CreateContext())
        {
            var mails = await read.OutboxMessages.Where(m => m.Kind == OutboxKinds.AuditAlertMail).ToListAsync();
            Assert.Equal([TestWorld.OfficerA, TestWorld.OfficerB], mails.Select(m => m.Recipient).Order());
            Assert.Equal($"audit-alert:20260310:EditedRow:12:ConfidentialReports:row-1:{TestWorld.OfficerA}", mails.Single(m => m.Recipient == TestWorld.OfficerA).IdempotencyKey);
            using var payload = JsonDocument.Parse(mails[0].Payload);
            var root = payload.RootElement;
            Assert.Equal(("EditedRow", 12, "ConfidentialReports", "row-1", "it was edited"),
                (root.GetProperty("finding").GetString(), root.GetProperty("sequence").GetInt64(), root.GetProperty("table").GetString(),
                    root.GetProperty("rowKey").GetString(), root.GetProperty("problem").GetString()));
            Assert.Equal(World.Clock.Now, root.GetProperty("at").GetDateTimeOffset());
        }

        World.Time.Advance(TimeSpan.FromDays(1));
        await AlertAsync(Edited);
        await AlertAsync(Edited with { RowKey = "row-2" });

        await using var later = Database.CreateContext();
        Assert.Equal(6, await later.OutboxMessages.CountAsync(m => m.Kind == OutboxKinds.AuditAlertMail));
    }

    // The idempotency key carries the row's key; one that just fits its column is still mailed to every officer.
    [Fact]
    public async Task AlertAsync_KeyExactlyAsLongAsItsColumn_IsStillMailed()
    {
        var prefix = "audit-alert:20260310:EditedRow:12:ConfidentialReports:";
        var rowKey = new string('k', OutboxMessage.IdempotencyKeyMaxLength - prefix.Length - 1 - TestWorld.OfficerA.Length);

        await AlertAsync(Edited with { RowKey = rowKey });

        await using var read = Database.CreateContext();
        var keys = await read.OutboxMessages.Where(m => m.Kind == OutboxKinds.AuditAlertMail).Select(m => m.IdempotencyKey).ToListAsync();
        Assert.Equal([$"{prefix}{rowKey}:{TestWorld.OfficerA}", $"{prefix}{rowKey}:{TestWorld.OfficerB}"], keys.Order());
        Assert.All(keys, k => Assert.Equal(OutboxMessage.IdempotencyKeyMaxLength, k.Length));
    }

    // Invariant 4: an alert is never lost to the length of its key. A row key too long for the column (a composite key,
    // a long table name) shortens the key to a digest of the whole; still one mail per officer and day.
    [Fact]
    public async Task AlertAsync_KeyLongerThanItsColumn_IsMailedUnderAShortenedKeyOncePerDay()
    {
        var rowKey = new string('k', OutboxMessage.IdempotencyKeyMaxLength);

        await AlertAsync(Edited with { RowKey = rowKey });
        await AlertAsync(Edited with { RowKey = rowKey });
        await AlertAsync(Edited with { RowKey = rowKey + "2" });

        await using var read = Database.CreateContext();
        var mails = await read.OutboxMessages.Where(m => m.Kind == OutboxKinds.AuditAlertMail).ToListAsync();
        Assert.Equal([TestWorld.OfficerA, TestWorld.OfficerA, TestWorld.OfficerB, TestWorld.OfficerB], mails.Select(m => m.Recipient).Order());
        Assert.All(mails, m => Assert.True(m.IdempotencyKey.Length <= OutboxMessage.IdempotencyKeyMaxLength, m.IdempotencyKey));
        Assert.Equal(4, mails.Select(m => m.IdempotencyKey).Distinct().Count());
        using var payload = JsonDocument.Parse(mails[0].Payload);
        Assert.StartsWith(rowKey, payload.RootElement.GetProperty("rowKey").GetString());
    }

    [Fact]
    public void From_NoProblemText_IsEmptyNotNull() =>
        Assert.Equal(string.Empty, AuditAlert.From(new AuditVerificationResult { Finding = AuditFinding.DeletedRow }, DateTimeOffset.UnixEpoch).Problem);
}
