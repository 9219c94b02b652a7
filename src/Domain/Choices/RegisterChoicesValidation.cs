using ComplianceBot.Domain.Reports;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Choices;

/// <summary>
/// Start-up check of the director's lists (Reg. 10): each key present, at most <see cref="RegisterChoice.KeyMaxLength"/>
/// characters and unique in its list (letter case aside), a label in Kazakh, Russian and English, a Reg. 5.4 class for
/// every category, and the Reg. 23.4 outcome kept. Each problem names the setting.
/// </summary>
public sealed class RegisterChoicesValidation : IValidateOptions<RegisterChoicesOptions>
{
    public ValidateOptionsResult Validate(string? name, RegisterChoicesOptions options)
    {
        var problems = Problems(options);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    public static IReadOnlyList<string> Problems(RegisterChoicesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        foreach (var list in Enum.GetValues<ChoiceList>())
        {
            var section = $"{RegisterChoicesOptions.SectionName}:{list}";
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var entries = options.Configured(list);
            for (var i = 0; i < entries.Count; i++)
            {
                problems.AddRange(EntryProblems(list, $"{section}:{i}", entries[i], seen));
            }

            if (list == ChoiceList.Outcomes && entries.Count > 0
                && !entries.Exists(e => e.Key == ReportOutcome.ReferredToAuthorizedBody.Key))
            {
                problems.Add($"{section} must keep {ReportOutcome.ReferredToAuthorizedBody.Key}: closing a case with it sends the case to the authorized body (Reg. 23.4).");
            }
        }

        return problems;
    }

    private static IEnumerable<string> EntryProblems(ChoiceList list, string path, RegisterChoice entry, HashSet<string> seen)
    {
        var key = entry.Key?.Trim() ?? "";
        if (key.Length == 0 || key != entry.Key)
        {
            yield return $"{path}:Key must be set, without spaces around it.";
        }
        else if (key.Length > RegisterChoice.KeyMaxLength)
        {
            yield return $"{path}:Key ({key}) must be at most {RegisterChoice.KeyMaxLength} characters.";
        }
        else if (!seen.Add(key))
        {
            yield return $"{path}:Key ({key}) appears twice in {RegisterChoicesOptions.SectionName}:{list}; keys must be unique.";
        }

        foreach (var (language, label) in new[] { ("Kk", entry.Kk), ("Ru", entry.Ru), ("En", entry.En) })
        {
            if (string.IsNullOrWhiteSpace(label))
            {
                yield return $"{path}:{language} ({key}) must be set: every entry needs its label in Kazakh, Russian and English.";
            }
        }

        if (list == ChoiceList.Categories && entry.Class is null)
        {
            yield return $"{path}:Class ({key}) must be {ReportCategoryClass.SuspectedOffence} or {ReportCategoryClass.EthicsBreach} (Reg. 5.4).";
        }
    }
}
