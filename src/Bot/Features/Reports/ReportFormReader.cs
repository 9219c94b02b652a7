using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Forms;
using ComplianceBot.Bot.Resources.Reports;
using ComplianceBot.Domain.Reports;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Features.Reports;

/// <summary>What the form produced: the card back with errors, or the submission to file.</summary>
internal sealed record ReportFormResult(FormValidationResult Validation, ReportSubmission? Submission, bool Anonymous, string? Passphrase);

/// <summary>Checks the report form on the server (the client's checks can be bypassed) and reads it into a submission.</summary>
internal sealed class ReportFormReader(FormValidator validator, ReporterCards cards, IStringLocalizer<ReportStrings> text)
{
    public ReportFormResult Read(IReadOnlyDictionary<string, string?> inputs)
    {
        var passphrase = inputs.GetValueOrDefault(ReportInputs.Passphrase)?.Trim();
        var ruleErrors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(passphrase) && passphrase.Length < PassphraseGenerator.MinimumLength)
        {
            ruleErrors[ReportInputs.Passphrase] = text.Require("Form_PassphraseTooShort");
        }

        var validation = validator.Validate(cards.Form(), inputs, ruleErrors);
        if (!validation.IsValid)
        {
            return new ReportFormResult(validation, null, false, null);
        }

        var persons = (inputs.GetValueOrDefault(ReportInputs.Persons) ?? "")
            .Split(['\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var submission = new ReportSubmission(
            new ReportCategory(inputs[ReportInputs.Category]!),
            inputs[ReportInputs.Description]!,
            inputs.GetValueOrDefault(ReportInputs.WhenWhere),
            persons,
            inputs.GetValueOrDefault(ReportInputs.Director) == "true",
            inputs.GetValueOrDefault(ReportInputs.UnitOrProcess));
        return new ReportFormResult(validation, submission, inputs[ReportInputs.Mode] == ReportInputs.Anonymous,
            string.IsNullOrEmpty(passphrase) ? null : passphrase);
    }
}
