using System.Text.Json.Nodes;
using ComplianceBot.EndToEnd.Tests.Infrastructure;
using ComplianceBot.EndToEnd.Tests.Playground;
using static ComplianceBot.EndToEnd.Tests.Playground.CardJson;

namespace ComplianceBot.EndToEnd.Tests.Workspace;

/// <summary>
/// What the Playground's user files in chat for the workspace's tests, once per class: an anonymous report (Reg.
/// 20–22) with its case code and passphrase from the receipt (and the form's message, from which "Check my report"
/// runs), and a gift declaration (Reg. 10) whose register number the officer's export must carry.
/// </summary>
public sealed partial class ChatFilings : IAsyncLifetime
{
    public const string Description = "Cash was offered for a warehouse permit (workspace end to end).";
    public const string GiftDescription = "Leather briefcase (workspace end to end)";
    public const int GiftValueKzt = 25000;
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(20);
    private readonly SemaphoreSlim gate = new(1, 1);

    public bool Filed { get; private set; }

    public string CaseCode { get; private set; } = "";

    public string Passphrase { get; private set; } = "";

    public string FormMessageId { get; private set; } = "";

    /// <summary>The gift's register number from its receipt (G-yyyy-nnnn).</summary>
    public string GiftNumber { get; private set; } = "";

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
            (CaseCode, Passphrase, FormMessageId) = (facts[0].Value, facts[1].Value, form.MessageId);
            GiftNumber = await DeclareGiftAsync(client, menu);
            Filed = true;
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

    private static async Task<string> DeclareGiftAsync(PlaygroundClient client, PlaygroundMessage menu)
    {
        var since = client.FrameCount;
        await client.ClickAsync(menu, "Declare a gift");
        var form = await client.WaitForMessageAsync(m => m.Cards.Any(c => c.Json.GetRawText().Contains("\"gift.submit\"", StringComparison.Ordinal)), AnswerTimeout, since);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty")).DateTime);
        var filed = await InvokeUntilAnsweredAsync(client, form.MessageId, () => Execute("gift.submit", new JsonObject
        {
            ["direction"] = "Received", ["giftDate"] = today.AddDays(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["otherPartyPerson"] = "Marat Nurlanov", ["otherPartyOrganisation"] = "Dala Supply LLP", ["otherPartyIsCounterparty"] = "true",
            ["occasion"] = "Contract signing", ["description"] = GiftDescription, ["estimatedValueKzt"] = GiftValueKzt.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["whereabouts"] = "WithDeclarant",
        }));
        var number = Texts(filed.GetProperty("value")).Select(t => GiftNumberPattern().Match(t)).FirstOrDefault(m => m.Success);
        Assert.True(number is not null, $"Expected the gift's receipt with its number, got {filed.GetRawText()}");
        return number.Value;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"G-\d{4}-\d{4}")]
    private static partial System.Text.RegularExpressions.Regex GiftNumberPattern();

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
