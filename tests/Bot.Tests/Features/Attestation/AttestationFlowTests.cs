using System.Text.Json;
using System.Text.Json.Nodes;
using ComplianceBot.Bot.Features.Attestation;
using ComplianceBot.Bot.Tests.Hosting;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ComplianceBot.Bot.Tests.Features.Attestation;

/// <summary>The annual attestation (Reg. 14.12) through /api/messages, the outbox and a recorded connector.</summary>
public sealed class AttestationFlowTests : IDisposable
{
    private readonly TestDataFolder folder = new("attest-flow");
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 10, 5, 0, 0, TimeSpan.Zero));
    private readonly RecordingConnector connector = new();

    [Fact]
    public async Task StartCampaign_ThirtyEmployees_EachGetsOneCard_AnswerShowsInProgress_RemindersOnlyToOthers()
    {
        await using var host = new AttestationHost(folder.Path, time, connector);
        await host.SeedAsync(30);
        await host.PostAsync(AttestationHost.Text(AttestationHost.Officer, "attestation"));
        Assert.Contains(connector.Replies, r => Json(r).Contains(AttestationVerbs.Start, StringComparison.Ordinal));

        var started = await host.PostAsync(AttestationHost.Execute(AttestationHost.Officer, AttestationVerbs.Start, new JsonObject { ["year"] = "2026", ["scope"] = "everyone" }));
        await host.DeliverOutboxAsync();

        Assert.Equal("30", Fact(started, "In scope"));
        var sentTo = connector.SentTo();
        Assert.Equal(30, sentTo.Count);
        Assert.Equal(30, sentTo.Distinct().Count());
        var campaign = await CampaignIdAsync(host);

        var answered = await host.PostAsync(AttestationHost.Execute("e-3", AttestationVerbs.NoConflict, Button(campaign, 0)));
        var again = await host.PostAsync(AttestationHost.Execute("e-3", AttestationVerbs.NoConflict, Button(campaign, 0)));
        var progress = await host.PostAsync(AttestationHost.Execute(AttestationHost.Officer, AttestationVerbs.Progress, new JsonObject { ["campaign"] = campaign.ToString() }));

        Assert.Contains("no conflict of interest", answered.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(AttestationVerbs.NoConflict, answered.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(answered.GetRawText(), again.GetRawText());
        Assert.Equal("1", Fact(progress, "No conflict"));
        Assert.Equal("29", Fact(progress, "Not answered yet"));

        time.Advance(TimeSpan.FromDays(7));
        var reminders = host.Services.GetRequiredService<AttestationReminders>();
        Assert.Equal(29, await reminders.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await reminders.RunOnceAsync(CancellationToken.None));
        await host.DeliverOutboxAsync();

        var remindedTo = connector.SentTo().Skip(30).ToList();
        Assert.Equal(29, remindedTo.Count);
        Assert.DoesNotContain("e-3", remindedTo);
        Assert.Equal(29, remindedTo.Distinct().Count());
    }

    [Fact]
    public async Task Restart_MidDelivery_NoCardLostNorDuplicated()
    {
        Guid campaign;
        await using (var first = new AttestationHost(folder.Path, time, connector))
        {
            await first.SeedAsync(30);
            await first.PostAsync(AttestationHost.Text(AttestationHost.Officer, "attestation"));
            await first.PostAsync(AttestationHost.Execute(AttestationHost.Officer, AttestationVerbs.Start, new JsonObject { ["year"] = "2026", ["scope"] = "everyone" }));
            campaign = await CampaignIdAsync(first);
            // One batch (20 rows) only, then the host goes away with the rest still queued.
            await first.Services.GetRequiredService<ComplianceBot.Bot.Delivery.OutboxDispatcher>().RunOnceAsync(CancellationToken.None);
        }

        Assert.Equal(20, connector.Sent.Count);
        await using var second = new AttestationHost(folder.Path, time, connector);
        await second.DeliverOutboxAsync();

        var sentTo = connector.SentTo();
        Assert.Equal(30, sentTo.Count);
        Assert.Equal(30, sentTo.Distinct().Count());
        Assert.NotEqual(Guid.Empty, campaign);
    }

    [Fact]
    public async Task TextCommand_NotAnOfficer_IsToldSoAndGetsNoForm()
    {
        await using var host = new AttestationHost(folder.Path, time, connector);
        await host.SeedAsync(2);

        await host.PostAsync(AttestationHost.Text("e-1", "аттестаттау"));

        var reply = Json(Assert.Single(connector.Replies));
        Assert.Contains("Only a compliance officer", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(AttestationVerbs.Start, reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ByDepartmentWithoutDepartment_FormComesBackWithErrorAndValues()
    {
        await using var host = new AttestationHost(folder.Path, time, connector);
        await host.SeedAsync(4);

        var form = await host.PostAsync(AttestationHost.Execute(AttestationHost.Officer, AttestationVerbs.Start, new JsonObject { ["year"] = "2026", ["scope"] = "departments" }));

        Assert.Contains("Choose at least one department.", form.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("\"value\":\"departments\"", form.GetRawText(), StringComparison.Ordinal);
        Assert.Empty(connector.Sent);
    }

    // Issue 15: a campaign id that is no Guid was refused outside the route's try, and the DomainRuleException became a 500.
    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("")]
    public async Task Close_CampaignIdNotAGuid_AnswersTheRefusalCard(string campaign)
    {
        await using var host = new AttestationHost(folder.Path, time, connector);
        await host.SeedAsync(1);

        var card = await host.PostAsync(AttestationHost.Execute(AttestationHost.Officer, AttestationVerbs.Close, new JsonObject { ["campaign"] = campaign }));

        Assert.Contains("Only a compliance officer with a current appointment", card.GetRawText(), StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();

    private static JsonObject Button(Guid campaign, int card) => new() { ["campaign"] = campaign.ToString(), ["card"] = card.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private static async Task<Guid> CampaignIdAsync(AttestationHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RegistersDbContext>().AttestationCampaigns.Select(c => c.Id).SingleAsync();
    }

    private static string Json(ComplianceBot.Bot.Channel.Activity activity) => JsonSerializer.Serialize(activity.Attachments![0].Content);

    /// <summary>The value of the fact titled <paramref name="title"/> in the card of an invoke response.</summary>
    private static string? Fact(JsonElement invokeResponse, string title)
    {
        var card = JsonNode.Parse(invokeResponse.GetProperty("value").GetRawText())!;
        return Facts(card).FirstOrDefault(f => (string?)f["title"] == title)?["value"]?.GetValue<string>();
    }

    private static IEnumerable<JsonNode> Facts(JsonNode node) => node switch
    {
        JsonObject o when o["facts"] is JsonArray facts => facts.OfType<JsonNode>(),
        JsonObject o => o.Select(p => p.Value).OfType<JsonNode>().SelectMany(Facts),
        JsonArray a => a.OfType<JsonNode>().SelectMany(Facts),
        _ => [],
    };
}
