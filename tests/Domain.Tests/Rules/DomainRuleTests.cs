using System.Text.RegularExpressions;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.Rules;

namespace ComplianceBot.Domain.Tests.Rules;

public sealed partial class DomainRuleTests
{
    [Fact]
    public void All_FindsTheRulesDefinedAcrossTheDomain()
    {
        Assert.Contains(DeclarationRules.OfficerMustNotDecideOwnDeclaration, DomainRule.All);
        Assert.Contains(InvestigatorVetting.InvestigatorMustNotHaveConflictOfInterest, DomainRule.All);
        Assert.Contains(DomainRule.Unspecified, DomainRule.All);
    }

    // Every rule names the regulation's clause it comes from: a clause of chapters 1–3 (5 to 29) or one of the
    // regulation's four invariants ("Inv. 4"), so that searching the clause lands on the rule.
    [Fact]
    public void All_EveryRule_NamesAClauseOfTheRegulation()
    {
        Assert.All(DomainRule.All, rule =>
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Name));
            Assert.All(rule.Clause.Split(", "), clause =>
            {
                var match = ClausePattern().Match(clause);
                Assert.True(match.Success, $"{rule.Name}: '{clause}' is not a clause");
                var number = int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
                Assert.InRange(number, match.Groups["inv"].Success ? 1 : 5, match.Groups["inv"].Success ? 4 : 29);
            });
        });
    }

    [Fact]
    public void All_RuleNames_AreUnique() =>
        Assert.Equal(DomainRule.All.Count, DomainRule.All.Select(r => r.Name).Distinct(StringComparer.Ordinal).Count());

    // One text per key, shown for some rule: a key no rule uses would be a text nobody sees, a rule without a listed key a refusal without text.
    [Fact]
    public void All_MessageKeys_AreExactlyTheListedKeys() =>
        Assert.Equal(DomainMessageKeys.All.Order(StringComparer.Ordinal), DomainRule.All.Select(r => r.MessageKey).Distinct().Order(StringComparer.Ordinal));

    [Fact]
    public void Refusal_CarriesTheRuleAndItsClause()
    {
        var refusal = DeclarationRules.OfficerMustNotDecideOwnDeclaration.Refusal("detail");

        Assert.Same(DeclarationRules.OfficerMustNotDecideOwnDeclaration, refusal.Rule);
        Assert.Equal("24.6", refusal.Clause);
        Assert.Equal(DomainMessageKeys.OwnDeclaration, refusal.MessageKey);
        Assert.Contains("Reg. 24.6", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_EveryConstantKey_IsListed()
    {
        var constants = typeof(DomainMessageKeys).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

        Assert.Equal(constants.Order(StringComparer.Ordinal), DomainMessageKeys.All.Order(StringComparer.Ordinal));
    }

    // Logs and test failures name the rule with its clause.
    [Fact]
    public void ToString_NamesTheRuleAndItsClause() =>
        Assert.Equal("OfficerMustNotDecideOwnDeclaration (Reg. 24.6)", DeclarationRules.OfficerMustNotDecideOwnDeclaration.ToString());

    [Fact]
    public void Unspecified_IsTheInvariantsGenericRefusal()
    {
        Assert.Equal(("Unspecified", "Inv. 4", DomainMessageKeys.RuleViolated), (DomainRule.Unspecified.Name, DomainRule.Unspecified.Clause, DomainRule.Unspecified.MessageKey));
        Assert.Same(DomainRule.Unspecified, new DomainRuleException().Rule);
    }

    // Each rule is listed once, and only rules: the static fields of another type are not picked up.
    [Fact]
    public void All_ListsEachRuleOnceAndOnlyRules()
    {
        Assert.Equal(DomainRule.All.Count, DomainRule.All.Distinct().Count());
        Assert.All(DomainRule.All, Assert.NotNull);
        Assert.DoesNotContain(DomainRule.All, r => r.Name.Length == 0);
    }

    [Fact]
    public void Refusal_WithoutDetail_EndsTheMessageAfterTheClause()
    {
        Assert.EndsWith("(Reg. 24.6) refused the change.", DeclarationRules.OfficerMustNotDecideOwnDeclaration.Refusal().Message, StringComparison.Ordinal);
        Assert.EndsWith("refused the change: why", DeclarationRules.OfficerMustNotDecideOwnDeclaration.Refusal("why").Message, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?:(?<inv>Inv\. )(?<n>\d)|(?<n>\d{1,2})(?:\.\d{1,2})?(?:–\d{1,2})?)$")]
    private static partial Regex ClausePattern();
}
