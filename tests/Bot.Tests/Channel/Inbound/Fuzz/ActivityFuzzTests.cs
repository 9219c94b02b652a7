using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Features.Attestation;
using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Bot.Features.Trainings;
using ComplianceBot.Bot.Tests.Features.Declarations;
using ComplianceBot.Bot.Tests.Features.Reports;
using ComplianceBot.Domain.Persistence;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ComplianceBot.Bot.Tests.Channel.Inbound.Fuzz;

/// <summary>
/// Issue 15 as a property of the real host: whatever arrives at /api/messages — any shape, any verb or command the
/// bot has, any card data — it never answers 5xx (an invoke it does not implement aside, which gets 501), no handler
/// throws, and a refused activity leaves no row. FsCheck's seed is random per run; a failure prints its Replay
/// (seed, gamma), which <c>Config.WithReplay</c> takes to run the same cases again.
/// </summary>
public sealed class ActivityFuzzTests(RawActivityHost host, ITestOutputHelper output) : IClassFixture<RawActivityHost>
{
    private const int Cases = 500;

    private SortedDictionary<string, long> rows = [];

    [Fact]
    public async Task PostMessages_GeneratedActivities_NeverAnswer5xxAndStoreNothingWhenRefused()
    {
        var surface = RouteSurface.Read(host.App.Services, await SeedAsync());
        Assert.Contains(CardVerbs.ReportStart, surface.Verbs);
        Assert.Contains("menu", surface.Commands);
        rows = await host.RowCountsAsync();
        var statuses = new Dictionary<int, int>();
        var clock = Stopwatch.StartNew();

        var property = Prop.ForAll(ActivityGenerators.Cases(surface).ToArbitrary(), fuzz => Holds(fuzz, statuses));
        await Task.Run(() => property.Check(Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true)));

        output.WriteLine($"{Cases} cases in {clock.Elapsed.TotalSeconds:F1} s over {surface.Verbs.Count} verbs, {surface.Commands.Count} commands, "
                         + $"{surface.Keys.Count} data keys; answers: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
        Assert.True(statuses.Keys.Any(status => status < 300) && statuses.ContainsKey(400), "both accepted and refused activities were generated");
    }

    // FsCheck runs cases one after another on this (pool) thread; each waits for its answer.
    private bool Holds(FuzzCase fuzz, Dictionary<int, int> statuses)
    {
        var failures = host.Failures().Count;
        using var response = host.PostAsync(fuzz.Body).GetAwaiter().GetResult();
        var status = (int)response.StatusCode;
        statuses[status] = statuses.GetValueOrDefault(status) + 1;
        if (status >= 500 && !(status == (int)HttpStatusCode.NotImplemented && fuzz.MayBeUnimplemented))
        {
            throw new InvalidOperationException($"answered {status}; {Last(host.Failures())}");
        }

        if (host.Failures().Count > failures)
        {
            throw new InvalidOperationException($"answered {status}, but an error was logged: {Last(host.Failures())}");
        }

        var after = host.RowCountsAsync().GetAwaiter().GetResult();
        if (status is >= 400 and < 500 && !after.SequenceEqual(rows))
        {
            var changed = after.Where(table => rows.GetValueOrDefault(table.Key) != table.Value).Select(table => table.Key);
            throw new InvalidOperationException($"refused with {status}, yet rows changed in {string.Join(", ", changed)}");
        }

        rows = after;
        return true;
    }

    private static string Last(IReadOnlyList<string> lines) => lines.Count == 0 ? "no error logged" : lines[^1];

    /// <summary>
    /// A report, a gift and a conflict declaration, an attestation campaign and a training, and the officer's cards
    /// that list them: the cards the bot really sends (with real ids) feed the generated data.
    /// </summary>
    private async Task<IEnumerable<JsonElement>> SeedAsync()
    {
        var employee = new TeamsUser("aad-fuzz-seed", "29:fuzz-seed", "Seed Employee", "a:fuzz-seed");
        var officer = ReportFlowDriver.OfficerUser;
        var inThreeDays = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await new ReportFlowDriver(host.Client).FileAsync(ReportFlowDriver.Reporter, "named");
        (TeamsUser User, string Verb, Dictionary<string, string> Data)[] steps =
        [
            (employee, DeclarationVerbs.GiftSubmit, Forms.Gift().Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!)),
            (employee, DeclarationVerbs.ConflictSubmit, Forms.Conflict().ToDictionary(p => p.Key, p => p.Value!)),
            (employee, CardVerbs.DeclarationsMine, []),
            (officer, AttestationVerbs.Start, new() { ["year"] = DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture), ["scope"] = "everyone" }),
            (officer, TrainingVerbs.Schedule, new()
            {
                ["title"] = "Ethics", ["agenda"] = "Gifts", ["date"] = inThreeDays, ["time"] = "10:00", ["duration"] = "60", ["place"] = "online", ["audience"] = "Everyone",
            }),
            (officer, DeclarationVerbs.RegistersShow, []),
            (officer, ReportVerbs.Panel, []),
        ];
        var answers = new List<JsonElement>();
        foreach (var (user, verb, data) in steps)
        {
            answers.Add(await ReportActivities.PostAsync(host.Client, ReportActivities.Execute(user, verb, data)));
        }

        // Decided and assessed too, so that a second decision meets a declaration that already has one.
        await using (var scope = host.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
            var gift = await db.GiftDeclarations.Select(d => d.Id).FirstAsync();
            var conflict = await db.ConflictDeclarations.Select(d => d.Id).FirstAsync();
            answers.Add(await ReportActivities.PostAsync(host.Client, ReportActivities.Execute(officer, DeclarationVerbs.GiftDecide, new()
            {
                [DeclarationVerbs.DeclarationIdKey] = gift.ToString(), ["outcome"] = "MayKeep", ["reason"] = "Below the threshold.",
            })));
            answers.Add(await ReportActivities.PostAsync(host.Client, ReportActivities.Execute(officer, DeclarationVerbs.ConflictAssess, new()
            {
                [DeclarationVerbs.DeclarationIdKey] = conflict.ToString(), ["level"] = "None", ["reason"] = "No link to the tender.",
            })));
        }

        var sent = host.Connector.Replies.Concat(host.Connector.Sent.Select(s => s.Activity)).Concat(host.Connector.Updates.Select(u => u.Activity))
            .SelectMany(activity => activity.Attachments ?? [])
            .Select(attachment => JsonSerializer.SerializeToElement(attachment.Content, CardJson.Options));
        return [.. sent, .. answers];
    }
}
