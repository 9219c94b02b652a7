using System.Text.Json.Nodes;
using ComplianceBot.EndToEnd.Tests.Infrastructure;
using ComplianceBot.EndToEnd.Tests.Playground;
using static ComplianceBot.EndToEnd.Tests.Playground.CardJson;

namespace ComplianceBot.EndToEnd.Tests.Workspace;

/// <summary>
/// The anonymous report the Playground's user files in chat for the workspace's tests (Reg. 20–22), once per class:
/// its case code and passphrase from the receipt, and the form's message, from which "Check my report" runs.
/// </summary>
public sealed class FiledReport : IAsyncLifetime
{
    public const string Description = "Cash was offered for a warehouse permit (workspace end to end).";
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(20);
    private readonly SemaphoreSlim gate = new(1, 1);

    public bool Filed { get; private set; }

    public string CaseCode { get; private set; } = "";

    public string Passphrase { get; private set; } = "";

    public string FormMessageId { get; private set; } = "";

    /// <summary>Files it through <paramref name="client"/> the first time; later calls return at once.</summary>
    public async Task EnsureFiledAsync(PlaygroundClient client)
    {
        await gate.WaitAsync();
        try
        {
            if (Filed)
            {
                return;
            }

            var since = client.FrameCount;
            await client.SendTextAsync("menu");
            var menu = await client.WaitForMessageAsync(MenuCard.HasMenu, AnswerTimeout, since);
            since = client.FrameCount;
            await client.ClickAsync(menu, "Report confidentially");
            var form = await client.WaitForMessageAsync(m => m.Cards.Any(c => c.ActionTitles.Contains("Send the report")), AnswerTimeout, since);
            // A cold bot on a busy machine may miss Teams' invoke deadline and answer "received, being processed";
            // that report is filed all the same (nothing filed is lost), and the next one gets its receipt.
            var receipt = await InvokeUntilAnsweredAsync(client, form.MessageId, () => Execute("report.submit", new JsonObject
            {
                ["confidential"] = "1", ["category"] = "Bribery", ["description"] = Description,
                ["directorInvolved"] = "false", ["mode"] = "anonymous",
            }));
            var facts = Facts(receipt.GetProperty("value"));
            Assert.True(facts.Count == 2, $"Expected the receipt with case code and passphrase, got {receipt.GetRawText()}");
            (CaseCode, Passphrase, FormMessageId, Filed) = (facts[0].Value, facts[1].Value, form.MessageId, true);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>What the reporter reads in "Check my report" with the case code and passphrase: the card's texts.</summary>
    public async Task<IReadOnlyList<string>> CheckAsync(PlaygroundClient client)
    {
        var check = await InvokeUntilAnsweredAsync(client, FormMessageId, () => Execute("report.open", new JsonObject
        {
            ["confidential"] = "1", ["caseCode"] = CaseCode, ["passphrase"] = Passphrase,
        }));
        return [.. Texts(check.GetProperty("value"))];
    }

    private static async Task<System.Text.Json.JsonElement> InvokeUntilAnsweredAsync(PlaygroundClient client, string messageId, Func<JsonObject> action)
    {
        for (var attempt = 1; ; attempt++)
        {
            var answer = await client.InvokeAsync(messageId, action());
            var late = answer.TryGetProperty("type", out var type) && type.GetString() == "application/vnd.microsoft.activity.message";
            if (!late || attempt == 3)
            {
                return answer;
            }
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        gate.Dispose();
        return Task.CompletedTask;
    }
}
