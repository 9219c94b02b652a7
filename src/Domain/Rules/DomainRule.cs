using System.Reflection;

namespace ComplianceBot.Domain.Rules;

/// <summary>
/// One rule of the registers: its name (for logs and tests), the regulation clause it comes from ("24.6";
/// "Inv. 4" for the regulation's numbered invariants) and the key of its text in the bot's kk/ru/en resources
/// (<c>Bot/Resources/DomainRules</c>, the only place the text is written). Every rule is a static field of the type
/// that enforces it, so searching the clause lands on the definition; <see cref="All"/> finds them for the tests.
/// </summary>
public sealed record DomainRule(string Name, string Clause, string MessageKey)
{
    /// <summary>A refusal that names no particular rule (a stale or forged card); kept for the exception's default constructors.</summary>
    public static readonly DomainRule Unspecified = new(nameof(Unspecified), "Inv. 4", DomainMessageKeys.RuleViolated);

    /// <summary>The refusal of this rule; <paramref name="detail"/> is for operators' logs only, never shown to users.</summary>
    public DomainRuleException Refusal(string? detail = null) => new(this, detail);

    /// <summary>Every rule the Domain defines (public static fields of type <see cref="DomainRule"/>).</summary>
    public static IReadOnlyList<DomainRule> All { get; } = typeof(DomainRule).Assembly.GetTypes()
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
        .Where(f => f.FieldType == typeof(DomainRule))
        .Select(f => (DomainRule)f.GetValue(null)!)
        .Distinct()
        .ToArray();

    public override string ToString() => $"{Name} (Reg. {Clause})";
}
