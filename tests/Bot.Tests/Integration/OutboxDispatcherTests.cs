using System.Net;
using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Domain.Conversations;
using ComplianceBot.Domain.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Integration;

public sealed class OutboxDispatcherTests
{
    private const string ServiceUrl = "https://smba.example.test/emea";

    [Fact]
    public async Task RunOnce_TeamsMessageToKnownPerson_SendsToTheirChatAndMarksDelivered()
    {
        await using var services = await new RegistersTestServices().MigrateAsync();
        await SeedReferenceAsync(services, "29:officer", "aad-officer", "chat-officer");
        await EnqueueAsync(services, "card/1", TeamsRecipient.ForEntraUser("aad-officer"), "hello officer");

        var claimed = await services.Dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.Equal(1, claimed);
        var sent = Assert.Single(services.Connector.Sent);
        Assert.Equal("chat-officer", sent.Address.ConversationId);
        Assert.Equal(ServiceUrl, sent.Address.ServiceUrl);
        Assert.Equal("hello officer", sent.Activity.Text);
        var row = await RowAsync(services, "card/1");
        Assert.NotNull(row.DeliveredAt);
        Assert.Contains(sent.Id, row.Result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnce_PersonTheBotNeverTalkedTo_CreatesAOneToOneChatOnTheTenantsServiceUrl()
    {
        await using var services = await new RegistersTestServices().MigrateAsync();
        await SeedReferenceAsync(services, "29:someone-else", "aad-someone", "chat-someone", tenant: "tenant-1");
        await EnqueueAsync(services, "card/2", TeamsRecipient.ForEntraUser("aad-director", "tenant-1"), "notice");

        await services.Dispatcher.RunOnceAsync(CancellationToken.None);

        var created = Assert.Single(services.Connector.Created);
        Assert.Equal((ServiceUrl, "tenant-1", "aad-director"), created);
        Assert.Equal("new-chat-with-aad-director", Assert.Single(services.Connector.Sent).Address.ConversationId);
    }

    // A reference of another tenant, stored by an older version that admitted it, is never followed (decision 112).
    [Fact]
    public async Task RunOnce_SingleTenantBot_FollowsOnlyItsOwnTenantsReferences()
    {
        await using var services = await new RegistersTestServices(settings => settings["Teams:TenantId"] = "tenant-1").MigrateAsync();
        await SeedReferenceAsync(services, "29:forged", "aad-officer", "chat-forged", tenant: "tenant-2");
        services.Time.Advance(TimeSpan.FromSeconds(1));
        await SeedReferenceAsync(services, "29:colleague", "aad-colleague", "chat-colleague", tenant: "tenant-1");
        await EnqueueAsync(services, "card/tenant", TeamsRecipient.ForEntraUser("aad-officer"), "for the officer");

        await services.Dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.Equal((ServiceUrl, "tenant-1", "aad-officer"), Assert.Single(services.Connector.Created));
        Assert.DoesNotContain(services.Connector.Sent, sent => sent.Address.ConversationId == "chat-forged");
    }

    [Fact]
    public async Task RunOnce_ConnectorOutage_DelaysDeliveryAndThenSendsExactlyOnce()
    {
        await using var services = await new RegistersTestServices().MigrateAsync();
        await SeedReferenceAsync(services, "29:officer", "aad-officer", "chat-officer");
        await EnqueueAsync(services, "card/3", TeamsRecipient.ForEntraUser("aad-officer"), "survives outages");
        services.Connector.FailWith = RecordingConnector.Status(HttpStatusCode.BadGateway);

        await services.Dispatcher.RunOnceAsync(CancellationToken.None);
        var afterOutage = await RowAsync(services, "card/3");
        Assert.Null(afterOutage.DeliveredAt);
        Assert.Null(afterOutage.FailedAt);
        Assert.True(afterOutage.NextAttemptAt > services.Time.GetUtcNow());

        services.Connector.FailWith = null;
        Assert.Equal(0, await services.Dispatcher.RunOnceAsync(CancellationToken.None));
        services.Time.Advance(TimeSpan.FromMinutes(1));
        await services.Dispatcher.RunOnceAsync(CancellationToken.None);
        services.Time.Advance(TimeSpan.FromMinutes(10));
        await services.Dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.Single(services.Connector.Sent);
        Assert.NotNull((await RowAsync(services, "card/3")).DeliveredAt);
    }

    [Fact]
    public async Task RunOnce_RecordingTheDeliveryFailsBriefly_RetriesItSoTheCardIsNotSentAgain()
    {
        await using var services = await new RegistersTestServices().MigrateAsync();
        await SeedReferenceAsync(services, "29:officer", "aad-officer", "chat-officer");
        await EnqueueAsync(services, "card/settle", TeamsRecipient.ForEntraUser("aad-officer"), "sent once");
        Task? healed = null;
        services.Connector.AfterSend = () =>
        {
            // The Connector has accepted the card; now the database refuses to record it for a moment.
            Sql(services, "CREATE TRIGGER refuse_delivered BEFORE UPDATE ON OutboxMessages WHEN NEW.DeliveredAt IS NOT NULL " +
                "BEGIN SELECT RAISE(ABORT, 'database briefly unavailable'); END;");
            healed = Task.Delay(TimeSpan.FromSeconds(1.2)).ContinueWith(
                _ => Sql(services, "DROP TRIGGER refuse_delivered;"), TaskScheduler.Default);
        };

        await services.Dispatcher.RunOnceAsync(CancellationToken.None);
        await healed!;
        services.Connector.AfterSend = null;
        services.Time.Advance(TimeSpan.FromHours(1)); // well past the lease
        await services.Dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.Single(services.Connector.Sent);
        Assert.NotNull((await RowAsync(services, "card/settle")).DeliveredAt);
    }

    [Fact]
    public async Task RunOnce_ShutdownInterruptsTheLastAttempt_RowStaysDueInsteadOfFailing()
    {
        await using var services = await new RegistersTestServices(s => s["Outbox:MaxAttempts"] = "1").MigrateAsync();
        await SeedReferenceAsync(services, "29:officer", "aad-officer", "chat-officer");
        await EnqueueAsync(services, "card/shutdown", TeamsRecipient.ForEntraUser("aad-officer"), "after the restart");
        using var shutdown = new CancellationTokenSource();
        services.Connector.BeforeSend = shutdown.Cancel;
        services.Connector.FailWith = new OperationCanceledException(shutdown.Token);

        try
        {
            await services.Dispatcher.RunOnceAsync(shutdown.Token);
        }
        catch (OperationCanceledException)
        {
            // The batch loop itself stops on shutdown, as the worker expects; the row's settlement is what counts.
        }

        var row = await RowAsync(services, "card/shutdown");
        Assert.Null(row.FailedAt);
        Assert.Null(row.DeliveredAt);
        Assert.True(row.NextAttemptAt <= services.Time.GetUtcNow());
    }

    private static void Sql(RegistersTestServices services, string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={services.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task RunOnce_RecipientBlockedTheBot_FailsAtOnceWithoutRetrying()
    {
        await using var services = await new RegistersTestServices().MigrateAsync();
        await SeedReferenceAsync(services, "29:officer", "aad-officer", "chat-officer");
        await EnqueueAsync(services, "card/4", TeamsRecipient.ForEntraUser("aad-officer"), "blocked");
        services.Connector.FailWith = new ConversationBlockedException("MessageWritesBlocked");

        await services.Dispatcher.RunOnceAsync(CancellationToken.None);

        var row = await RowAsync(services, "card/4");
        Assert.NotNull(row.FailedAt);
        Assert.Equal(1, row.Attempts);
    }

    [Fact]
    public async Task RunOnce_TransientFailuresBeyondMaxAttempts_GivesUp()
    {
        await using var services = await new RegistersTestServices(s => s["Outbox:MaxAttempts"] = "3").MigrateAsync();
        await SeedReferenceAsync(services, "29:officer", "aad-officer", "chat-officer");
        await EnqueueAsync(services, "card/5", TeamsRecipient.ForEntraUser("aad-officer"), "never arrives");
        services.Connector.FailWith = RecordingConnector.Status(HttpStatusCode.ServiceUnavailable);

        for (var i = 0; i < 5; i++)
        {
            await services.Dispatcher.RunOnceAsync(CancellationToken.None);
            services.Time.Advance(TimeSpan.FromHours(1));
        }

        var row = await RowAsync(services, "card/5");
        Assert.NotNull(row.FailedAt);
        Assert.Equal(3, row.Attempts);
    }

    [Fact]
    public async Task RunOnce_UnknownKind_FailsWithTheKindNamed()
    {
        await using var services = await new RegistersTestServices().MigrateAsync();
        await services.WithDbAsync(async db =>
        {
            db.OutboxMessages.Add(OutboxMessage.Create("no.such.kind", "x", "{}", "odd/1", services.Time.GetUtcNow()));
            await db.SaveChangesAsync();
        });

        await services.Dispatcher.RunOnceAsync(CancellationToken.None);

        var row = await RowAsync(services, "odd/1");
        Assert.NotNull(row.FailedAt);
        Assert.Contains("no.such.kind", row.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnce_UpdateQueuedBeforeTheOriginalIsDelivered_WaitsThenReplacesThatActivity()
    {
        await using var services = await new RegistersTestServices().MigrateAsync();
        await SeedReferenceAsync(services, "29:officer", "aad-officer", "chat-officer");
        services.Connector.FailWith = RecordingConnector.Status(HttpStatusCode.TooManyRequests);
        await EnqueueAsync(services, "card/6", TeamsRecipient.ForEntraUser("aad-officer"), "decide on G-2026-0001");
        await services.WithDbAsync(async db =>
        {
            TeamsDelivery.EnqueueUpdate(db, "card/6/decided", "card/6", new Activity { Text = "decided" }, services.Time.GetUtcNow());
            await db.SaveChangesAsync();
        });

        await services.Dispatcher.RunOnceAsync(CancellationToken.None);
        Assert.Empty(services.Connector.Updates);

        services.Connector.FailWith = null;
        for (var i = 0; i < 4; i++)
        {
            services.Time.Advance(TimeSpan.FromMinutes(5));
            await services.Dispatcher.RunOnceAsync(CancellationToken.None);
        }

        var sent = Assert.Single(services.Connector.Sent);
        var update = Assert.Single(services.Connector.Updates);
        Assert.Equal(sent.Id, update.ActivityId);
        Assert.Equal("chat-officer", update.Address.ConversationId);
        Assert.Equal("decided", update.Activity.Text);
    }

    [Fact]
    public async Task RunOnce_TwoInstancesAtOnce_DeliverEachMessageOnce()
    {
        await using var services = await new RegistersTestServices().MigrateAsync();
        await SeedReferenceAsync(services, "29:officer", "aad-officer", "chat-officer");
        for (var i = 0; i < 30; i++)
        {
            await EnqueueAsync(services, $"bulk/{i}", TeamsRecipient.ForEntraUser("aad-officer"), $"card {i}");
        }

        var second = ActivatorUtilities.CreateInstance<OutboxDispatcher>(services.Provider);
        for (var round = 0; round < 3; round++)
        {
            await Task.WhenAll(
                Task.Run(() => services.Dispatcher.RunOnceAsync(CancellationToken.None)),
                Task.Run(() => second.RunOnceAsync(CancellationToken.None)));
        }

        Assert.Equal(30, services.Connector.Sent.Count);
        Assert.Equal(30, services.Connector.Sent.Select(s => s.Activity.Text).Distinct().Count());
    }

    internal static async Task SeedReferenceAsync(
        RegistersTestServices services, string userId, string aad, string conversationId, string tenant = "tenant-1") =>
        await services.WithDbAsync(async db =>
        {
            db.ConversationReferences.Add(ConversationReference.Create(userId, ServiceUrl, conversationId, services.Time.GetUtcNow(), aad, tenant));
            await db.SaveChangesAsync();
        });

    private static async Task EnqueueAsync(RegistersTestServices services, string key, TeamsRecipient recipient, string text) =>
        await services.WithDbAsync(async db =>
        {
            TeamsDelivery.Enqueue(db, key, recipient, new Activity { Text = text }, services.Time.GetUtcNow());
            await db.SaveChangesAsync();
        });

    private static Task<OutboxMessage> RowAsync(RegistersTestServices services, string key) =>
        services.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.IdempotencyKey == key));
}
