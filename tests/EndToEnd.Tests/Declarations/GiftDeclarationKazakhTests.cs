using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplianceBot.EndToEnd.Tests.Infrastructure;
using ComplianceBot.EndToEnd.Tests.Playground;

namespace ComplianceBot.EndToEnd.Tests.Declarations;

/// <summary>
/// Declaring a gift in Kazakh through the Agents Playground (issue 4): an invalid value comes back as the same
/// form with the error beside the field and the typed values kept; corrected, it is filed with a number; it then
/// shows under "My declarations".
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class GiftDeclarationKazakhTests(BotFixture bot, PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>, IAsyncLifetime
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(15);
    private LocaleProxy proxy = null!;

    private PlaygroundClient Client => playground.Client;

    public async Task InitializeAsync()
    {
        proxy = new LocaleProxy(bot.MessagesEndpoint, "kk-KZ");
        await playground.StartAsync(proxy.Endpoint, "e2e-api-gift-kk");
    }

    public async Task DisposeAsync()
    {
        await Client.WaitForQuietAsync(TimeSpan.FromMilliseconds(700));
        await proxy.DisposeAsync();
    }

    [Fact]
    public async Task DeclareGift_InKazakhWithNegativeValueThenCorrected_ErrorKeepsValuesThenReceiptThenListed()
    {
        var since = Client.FrameCount;
        await Client.SendTextAsync("мәзір");
        var menu = await Client.WaitForMessageAsync(m => m.Cards.Any(c => c.ActionTitles.Contains("Сыйлықты декларациялау")), AnswerTimeout, since);

        since = Client.FrameCount;
        await Client.ClickAsync(menu, "Сыйлықты декларациялау");
        var form = await Client.WaitForMessageAsync(m => m.Cards.Any(c => c.FirstText == "Сыйлықты декларациялау"), AnswerTimeout, since);

        var invalid = await Client.InvokeAsync(form.MessageId, Submit(value: "-5"));
        var errorCard = invalid.GetProperty("value");
        var errorText = errorCard.GetRawText();
        Assert.Contains(Texts(errorCard), t => t.Contains("Құнын теңгемен көрсетіңіз", StringComparison.Ordinal));
        Assert.Contains("Былғары портфель", Texts(errorCard).Concat([ValueOf(errorCard, "description") ?? ""]));
        Assert.Equal("Dala Supply LLP", ValueOf(errorCard, "otherPartyOrganisation"));

        var filed = await Client.InvokeAsync(form.MessageId, Submit(value: "25000"));
        var receipt = filed.GetProperty("value");
        var number = Texts(receipt).Select(t => System.Text.RegularExpressions.Regex.Match(t, @"G-\d{4}-\d{4}")).First(m => m.Success).Value;
        Assert.Contains(Texts(receipt), t => t.Contains("Декларацияңыздың нөмірі", StringComparison.Ordinal));

        since = Client.FrameCount;
        await Client.SubmitAsync(form.MessageId, new JsonObject { ["verb"] = "declarations.mine" });
        var mine = await Client.WaitForMessageAsync(m => m.Cards.Any(c => c.FirstText == "Менің декларацияларым"), AnswerTimeout, since);
        Assert.Contains(number, mine.Cards.Single().Json.GetRawText(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(errorText));
    }

    private static JsonObject Submit(string value)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty")).DateTime);
        return new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = "Жіберу",
            ["verb"] = "gift.submit",
            ["data"] = new JsonObject
            {
                ["verb"] = "gift.submit",
                ["direction"] = "Received",
                ["giftDate"] = today.AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["otherPartyPerson"] = "Марат Нұрланов",
                ["otherPartyOrganisation"] = "Dala Supply LLP",
                ["otherPartyIsCounterparty"] = "true",
                ["occasion"] = "Келісімшартқа қол қою",
                ["description"] = "Былғары портфель",
                ["estimatedValueKzt"] = value,
                ["whereabouts"] = "WithDeclarant",
            },
        };
    }

    private static List<string> Texts(JsonElement card)
    {
        var texts = new List<string>();
        Walk(card);
        return texts;

        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                if (e.TryGetProperty("type", out var t) && t.GetString() == "TextBlock")
                {
                    texts.Add(e.GetProperty("text").GetString()!);
                }

                foreach (var p in e.EnumerateObject())
                {
                    Walk(p.Value);
                }
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                {
                    Walk(item);
                }
            }
        }
    }

    private static string? ValueOf(JsonElement card, string id)
    {
        string? found = null;
        Walk(card);
        return found;

        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                if (e.TryGetProperty("id", out var i) && i.GetString() == id && e.TryGetProperty("value", out var v))
                {
                    found = v.ToString();
                }

                foreach (var p in e.EnumerateObject())
                {
                    Walk(p.Value);
                }
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                {
                    Walk(item);
                }
            }
        }
    }
}
