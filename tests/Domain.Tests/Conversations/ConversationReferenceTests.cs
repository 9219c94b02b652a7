using ComplianceBot.Domain.Conversations;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Tests.Conversations;

public sealed class ConversationReferenceTests : RegisterTestBase
{
    [Fact]
    public async Task Create_NonGuidTeamsId_RoundTripsAndUpdatesInPlace()
    {
        await using (var db = Database.CreateContext())
        {
            db.ConversationReferences.Add(ConversationReference.Create("29:1abc-not-a-guid", "https://smba.example/amer/", "a:conv", World.Clock.Now, aadObjectId: "aad-1"));
            await db.SaveChangesAsync();
            var stored = await db.ConversationReferences.SingleAsync(c => c.AadObjectId == "aad-1");
            stored.MarkBlocked(World.Clock.Now);
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        var reference = await read.ConversationReferences.SingleAsync();
        Assert.Equal("29:1abc-not-a-guid", reference.UserId);
        Assert.NotNull(reference.BlockedAt);
    }

    [Fact]
    public async Task SaveChangesAsync_SameActivityTwice_IsRefusedByKey()
    {
        await using var db = Database.CreateContext();
        db.ProcessedActivities.Add(ProcessedActivity.Create("msteams", "activity-1", World.Clock.Now));
        await db.SaveChangesAsync();

        await using var other = Database.CreateContext();
        other.ProcessedActivities.Add(ProcessedActivity.Create("msteams", "activity-1", World.Clock.Now));
        await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync());
    }
}
