using System.Text;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Catalog;
using ComplianceBot.Bot.Cards.Forms;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Cli;
using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Features.Trainings;
using ComplianceBot.Bot.Tests.Cards.Forms;
using ComplianceBot.Bot.Tests.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Cards;

public sealed class CardExportValidationTests : IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("compliancebot-cards-");

    [Fact]
    public async Task Export_EveryCardInEveryLanguage_PassesAdaptiveCardsValidation()
    {
        Assert.True(await CommandLine.TryRunAsync(["cards", "export", directory.FullName]));
        await using var host = new ConversationTestHost();
        var expected = host.Services.GetRequiredService<ICardCatalog>().Entries
            .SelectMany(e => BotLanguages.All.Select(l => $"{e.Name}.{l}.json"))
            .Concat(WriteSampleFormWithErrors(host.Services.GetRequiredService<FormValidator>()))
            .Concat(WriteOutsideTrainingFormWithErrors(host.Services.GetRequiredService<FormValidator>(), host.Services.GetRequiredService<OutsideTrainingForm>()))
            .ToList();

        var (exitCode, output) = await CardValidatorTool.RunAsync(directory.FullName);

        Assert.True(exitCode == 0, output);
        Assert.All(expected, file => Assert.Contains($"OK {file} ", output, StringComparison.Ordinal));
        Assert.Contains($"checked {expected.Count} cards, 0 failed", output, StringComparison.Ordinal);
        // The menu's five cards in three languages, plus whatever the flows add.
        Assert.True(expected.Count(f => !f.StartsWith("sample-", StringComparison.Ordinal)) >= 15);
        // Cards by name: the outside training form (Reg. 21), the director's digest and periodic report (issue 6) and the
        // confirmation before a case goes to the authorized body (Reg. 23.4).
        Assert.All(
            BotLanguages.All.SelectMany(l => new[]
            {
                $"training-outside-form.{l}.json", $"director-daily-digest.{l}.json", $"director-periodic-report.{l}.json", $"report-officer-send-confirm.{l}.json",
            }),
            file => Assert.Contains($"OK {file} ", output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validator_InvalidOrOversizedCard_FailsNamingEach()
    {
        await File.WriteAllTextAsync(Path.Combine(directory.FullName, "bad.json"),
            """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","size":"huge"}]}""");
        var big = new AdaptiveCard { Body = [new TextBlock(new string('ә', 41 * 1024))] };
        await File.WriteAllTextAsync(Path.Combine(directory.FullName, "big.json"), CardJson.Serialize(big));
        Assert.True(Encoding.UTF8.GetByteCount(CardJson.Serialize(big)) > 80 * 1024);

        var (exitCode, output) = await CardValidatorTool.RunAsync(directory.FullName);

        Assert.Equal(1, exitCode);
        Assert.Contains("FAIL bad.json: parse: Invalid value \"huge\"", output, StringComparison.Ordinal);
        Assert.Contains("FAIL big.json:", output, StringComparison.Ordinal);
        Assert.Contains("over the 81920-byte limit", output, StringComparison.Ordinal);
    }

    public void Dispose() => directory.Delete(recursive: true);

    // The outside training form as an officer gets it back: every field with its error line, values kept.
    private IEnumerable<string> WriteOutsideTrainingFormWithErrors(FormValidator validator, OutsideTrainingForm form)
    {
        foreach (var language in BotLanguages.All)
        {
            using var culture = CultureScope.Enter(language);
            var result = validator.Validate(
                form.Build(new DateOnly(2026, 3, 10), [("aad-1", "Aigerim S.")]),
                new Dictionary<string, string?> { ["person"] = "not-offered", ["title"] = "", ["provider"] = "Agency", ["completedOn"] = "2026-04-01" });
            Assert.Equal(3, result.Errors.Count);
            var name = $"sample-outside-training-errors.{language}.json";
            File.WriteAllText(Path.Combine(directory.FullName, name), CardJson.Serialize(result.Card, indented: true));
            yield return name;
        }
    }

    // The form validator's output has what the menu cards lack (inputs, error lines,
    // Action.Execute with its Action.Submit fallback): the library checks those too.
    private IEnumerable<string> WriteSampleFormWithErrors(FormValidator validator)
    {
        foreach (var language in BotLanguages.All)
        {
            using var culture = CultureScope.Enter(language);
            var result = validator.Validate(SampleForm.Create(), new Dictionary<string, string?> { ["value"] = "-1" });
            var name = $"sample-form-errors.{language}.json";
            File.WriteAllText(Path.Combine(directory.FullName, name), CardJson.Serialize(result.Card, indented: true));
            yield return name;
        }
    }
}
