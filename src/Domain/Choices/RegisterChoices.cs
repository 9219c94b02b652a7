using ComplianceBot.Domain.Reports;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Choices;

/// <summary>
/// The lists in force (Reg. 10): the director's where configured, the defaults otherwise. A key that rows still hold
/// but the list no longer has is simply not found; callers show it by its default label or its key.
/// </summary>
public sealed class RegisterChoices(IOptions<RegisterChoicesOptions> options)
{
    public IReadOnlyList<RegisterChoice> For(ChoiceList list)
    {
        var configured = options.Value.Configured(list);
        return configured.Count > 0 ? configured : RegisterChoiceDefaults.For(list);
    }

    public RegisterChoice? Find(ChoiceList list, string? key) =>
        key is null ? null : For(list).FirstOrDefault(c => c.Key == key);

    /// <summary>
    /// Reg. 5.4: whether the category is a suspected offence or an ethics breach — as configured, else as the default of
    /// the same key; null for a key neither knows.
    /// </summary>
    public ReportCategoryClass? ClassOf(ReportCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        return Find(ChoiceList.Categories, category.Key)?.Class
            ?? RegisterChoiceDefaults.For(ChoiceList.Categories).FirstOrDefault(c => c.Key == category.Key)?.Class;
    }
}
