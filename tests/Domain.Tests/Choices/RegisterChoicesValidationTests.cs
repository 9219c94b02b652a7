using ComplianceBot.Domain.Choices;
using ComplianceBot.Domain.Reports;
using static ComplianceBot.Domain.Tests.Choices.RegisterChoicesTests;

namespace ComplianceBot.Domain.Tests.Choices;

/// <summary>Reg. 10: the director's lists are checked at start-up; each problem names its setting.</summary>
public sealed class RegisterChoicesValidationTests
{
    [Fact]
    public void Problems_NothingConfigured_None() => Assert.Empty(RegisterChoicesValidation.Problems(new RegisterChoicesOptions()));

    [Fact]
    public void Problems_CompleteLists_None()
    {
        var options = new RegisterChoicesOptions();
        options.Categories.Add(Entry("Fraud", ReportCategoryClass.SuspectedOffence));
        options.Categories.Add(Entry("Rudeness", ReportCategoryClass.EthicsBreach));
        options.Outcomes.Add(Entry(ReportOutcome.ReferredToAuthorizedBody.Key));
        options.ConflictAreas.Add(Entry("Hiring"));
        options.ConflictMeasures.Add(Entry("Recusal"));

        Assert.Empty(RegisterChoicesValidation.Problems(options));
    }

    // Keys are unique in a list whatever their letter case (configuration keys are case-insensitive too).
    [Fact]
    public void Problems_KeyTwice_Refused()
    {
        var options = new RegisterChoicesOptions();
        options.ConflictAreas.Add(Entry("Hiring"));
        options.ConflictAreas.Add(Entry("hiring"));

        Assert.Equal(["Registers:ConflictAreas:1:Key (hiring) appears twice in Registers:ConflictAreas; keys must be unique."],
            RegisterChoicesValidation.Problems(options));
    }

    // The same key in two lists is fine: the lists are separate.
    [Fact]
    public void Problems_SameKeyInTwoLists_None()
    {
        var options = new RegisterChoicesOptions();
        options.ConflictAreas.Add(Entry("Other"));
        options.ConflictMeasures.Add(Entry("Other"));

        Assert.Empty(RegisterChoicesValidation.Problems(options));
    }

    [Theory]
    [InlineData("Kk")]
    [InlineData("Ru")]
    [InlineData("En")]
    public void Problems_LabelMissing_RefusedNamingTheLanguage(string language)
    {
        var entry = Entry("Recusal");
        _ = language switch { "Kk" => entry.Kk = " ", "Ru" => entry.Ru = null, _ => entry.En = "" };
        var options = new RegisterChoicesOptions();
        options.ConflictMeasures.Add(entry);

        Assert.Equal([$"Registers:ConflictMeasures:0:{language} (Recusal) must be set: every entry needs its label in Kazakh, Russian and English."],
            RegisterChoicesValidation.Problems(options));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" Fraud")]
    [InlineData("A-key-that-is-longer-than-forty-characters")]
    public void Problems_KeyEmptyPaddedOrTooLong_Refused(string key)
    {
        var options = new RegisterChoicesOptions();
        var entry = Entry(key, ReportCategoryClass.SuspectedOffence);
        entry.En = "Fraud";
        options.Categories.Add(entry);

        Assert.StartsWith("Registers:Categories:0:Key", Assert.Single(RegisterChoicesValidation.Problems(options)), StringComparison.Ordinal);
    }

    // Reg. 5.4: every category says whether it is a suspected offence or an ethics breach.
    [Fact]
    public void Problems_CategoryWithoutClass_Refused()
    {
        var options = new RegisterChoicesOptions();
        options.Categories.Add(Entry("Fraud"));

        Assert.Equal(["Registers:Categories:0:Class (Fraud) must be SuspectedOffence or EthicsBreach (Reg. 5.4)."],
            RegisterChoicesValidation.Problems(options));
    }

    // Reg. 23.4: the outcome that sends a case to the authorized body cannot be configured away.
    [Fact]
    public void Problems_OutcomesWithoutReferral_Refused()
    {
        var options = new RegisterChoicesOptions();
        options.Outcomes.Add(Entry("Substantiated"));

        Assert.Equal(["Registers:Outcomes must keep ReferredToAuthorizedBody: closing a case with it sends the case to the authorized body (Reg. 23.4)."],
            RegisterChoicesValidation.Problems(options));
    }
}
