using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Bot.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Tests.Features.Declarations;

/// <summary>The officer card survives a restart between filing and delivery, and is delivered exactly once.</summary>
public sealed class RestartDeliveryTests : IDisposable
{
    private readonly TestDataFolder folder = new("compliancebot-restart");

    [Fact]
    public async Task GiftSubmit_HostRestartsBeforeDelivery_OfficerCardDeliveredExactlyOnce()
    {
        var employee = new TestUser("aad-employee", "Aigerim Seitkali");
        await using (var first = new DeclarationsApp(folder.Path))
        {
            await first.AppointAsync("aad-officer", "Daniyar Omarov");
            await first.ExecuteAsync(employee, DeclarationVerbs.GiftSubmit, Forms.Gift());
            Assert.Empty(first.Connector.Sent);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using var second = new DeclarationsApp(folder.Path);
        await second.DeliverOutboxAsync();
        await second.DeliverOutboxAsync();

        var sent = Assert.Single(second.Connector.Sent);
        Assert.Equal("personal-aad-officer", sent.ConversationId);
        var row = await second.WithDbAsync(db => db.OutboxMessages.SingleAsync());
        Assert.NotNull(row.DeliveredAt);
        Assert.Equal(1, row.Attempts);
    }

    public void Dispose() => folder.Dispose();
}
