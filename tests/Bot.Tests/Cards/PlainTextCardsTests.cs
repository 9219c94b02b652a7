using System.Text.Json;
using System.Text.RegularExpressions;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cli;
using ComplianceBot.Domain.Samples;

namespace ComplianceBot.Bot.Tests.Cards;

/// <summary>Decision 121: what a person typed is shown on every card as plain text — no Markdown, no link.</summary>
public sealed class PlainTextCardsTests : IDisposable
{
    // The cards whose samples show what a reporter, declarant, officer or employee typed (checked in kk, ru and en).
    private static readonly string[] CardsWithUserText =
    [
        "attestation-progress", "conflict-decision-notice", "conflict-receipt", "conflict-review", "conflict-review-assessed",
        "gift-decision-notice", "gift-receipt", "gift-review", "gift-review-decided", "gift-review-director", "my-declarations",
        "report-explanation", "report-officer-case", "report-officer-panel", "training-attendance", "training-outside-recorded",
        "training-reminder", "training-scheduled", "training-summary",
    ];

    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("compliancebot-plain-");

    // Reg. 23.2 and decision 121: a reporter or declarant cannot make a card show a link, emphasis or a list that seems
    // to come from the compliance bot. `cards export --hostile-samples` puts Markdown, a Markdown link, a bare URL, a
    // host name, an autolink and a list line into every sample's user text; every TextBlock and Fact of every card
    // must show it inert.
    [Fact]
    public async Task Export_HostileSamples_EveryCardShowsUserTextAsPlainText()
    {
        Assert.True(await CommandLine.TryRunAsync(["cards", "export", directory.FullName, CommandLine.HostileSamples]));
        var files = directory.GetFiles("*.json");
        Assert.NotEmpty(files);

        var withMarker = new List<string>();
        foreach (var file in files)
        {
            var texts = Texts(JsonDocument.Parse(await File.ReadAllTextAsync(file.FullName)).RootElement).ToList();
            if (texts.Any(t => t.Contains(SampleText.Marker, StringComparison.Ordinal)))
            {
                withMarker.Add(file.Name);
            }

            Assert.All(texts, text => AssertInert(text, file.Name));
        }

        // The hostile text did reach the cards that show user text, in every language.
        Assert.All(CardsWithUserText.SelectMany(c => new[] { "kk", "ru", "en" }.Select(l => $"{c}.{l}.json")),
            file => Assert.Contains(file, withMarker));
    }

    [Theory]
    [InlineData("[click](https://evil.example)", "\\[click\\]\u200B(https:\u200B//evil\u2024example)")]
    [InlineData("**bold** _it_ ~s~ `c`", "\\*\\*bold\\*\\* \\_it\\_ \\~s\\~ \\`c\\`")]
    [InlineData("- a\n1. b\n  + c", "\\- a\n1\\. b\n  \\+ c")]
    [InlineData("see www.evil.kz or mail@evil.kz", "see www\u2024evil\u2024kz or mail@evil\u2024kz")]
    [InlineData("<https://x.y> {{DATE(2026-01-01T00:00:00Z)}}", "\\<https:\u200B//x\u2024y\\> {\u200B{DATE(2026-01-01T00:00:00Z)}}")]
    [InlineData("Reg. 23.2, 25 000,5 ₸ on 07.12.2026", "Reg. 23.2, 25 000,5 ₸ on 07.12.2026")]
    public void Of_MarkdownAndLinks_AreEscapedOrBroken(string typed, string shown) => Assert.Equal(shown, PlainText.Of(typed));

    [Fact]
    public void Verbatim_Passphrase_KeepsEveryCharacterAndEscapesMarkdown() =>
        Assert.Equal("my\\_pass.word://x\\*", PlainText.Verbatim("my_pass.word://x*"));

    public void Dispose() => directory.Delete(recursive: true);

    private static void AssertInert(string text, string file)
    {
        // A Markdown construct survives only if its characters are not escaped; a URL or host name survives only if
        // its "://" and its dots are intact.
        Assert.False(Regex.IsMatch(text, @"(?<!\\)[*_\[\]<>`~]"), $"{file}: unescaped Markdown in «{text}»");
        Assert.False(Regex.IsMatch(text, @"(?m)^\s*([-+]|\d+[.)])\s"), $"{file}: a list line in «{text}»");
        Assert.DoesNotContain("](", text, StringComparison.Ordinal);
        Assert.DoesNotContain("://", text, StringComparison.Ordinal);
        Assert.DoesNotContain("www.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", text, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Texts(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var text in element.EnumerateArray().SelectMany(Texts))
            {
                yield return text;
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            var type = element.TryGetProperty("type", out var t) ? t.GetString() : null;
            if (type == "TextBlock" && element.TryGetProperty("text", out var text))
            {
                yield return text.GetString()!;
            }

            if (type == "FactSet")
            {
                foreach (var fact in element.GetProperty("facts").EnumerateArray())
                {
                    yield return fact.GetProperty("title").GetString()!;
                    yield return fact.GetProperty("value").GetString()!;
                }
            }

            foreach (var nested in element.EnumerateObject().SelectMany(p => Texts(p.Value)))
            {
                yield return nested;
            }
        }
    }
}
