using ComplianceBot.Domain.Choices;
using ComplianceBot.Domain.Reports;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Tests.Choices;

/// <summary>Reg. 10: the lists are the director's, with the regulation's defaults; Reg. 5.4: categories carry their class.</summary>
public sealed class RegisterChoicesTests
{
    // Reg. 10: with nothing configured the built-in lists apply, under the keys the registers already hold.
    [Fact]
    public void For_NothingConfigured_TheDefaultsUnderTheExistingKeys()
    {
        var choices = Choices(new RegisterChoicesOptions());

        Assert.Equal(["Bribery", "GiftOrHospitality", "ConflictOfInterest", "Procurement", "AbuseOfOffice", "Ethics", "Other"],
            choices.For(ChoiceList.Categories).Select(c => c.Key));
        Assert.Equal(["Substantiated", "PartlySubstantiated", "NotSubstantiated", "ReferredToAuthorizedBody", "OutsideScope"],
            choices.For(ChoiceList.Outcomes).Select(c => c.Key));
        Assert.Equal(["Hiring", "Procurement", "BusinessProcess", "Other"], choices.For(ChoiceList.ConflictAreas).Select(c => c.Key));
        Assert.Equal(["RecusalFromDecision", "ReassignmentOfDuties", "Divestment", "Other"], choices.For(ChoiceList.ConflictMeasures).Select(c => c.Key));
    }

    // Reg. 5.4: the default categories split into suspected offences and ethics breaches.
    [Theory]
    [InlineData("Bribery", ReportCategoryClass.SuspectedOffence)]
    [InlineData("GiftOrHospitality", ReportCategoryClass.SuspectedOffence)]
    [InlineData("ConflictOfInterest", ReportCategoryClass.SuspectedOffence)]
    [InlineData("Procurement", ReportCategoryClass.SuspectedOffence)]
    [InlineData("AbuseOfOffice", ReportCategoryClass.SuspectedOffence)]
    [InlineData("Ethics", ReportCategoryClass.EthicsBreach)]
    [InlineData("Other", ReportCategoryClass.EthicsBreach)]
    public void ClassOf_DefaultCategory_ItsRegulationClass(string key, ReportCategoryClass expected) =>
        Assert.Equal(expected, Choices(new RegisterChoicesOptions()).ClassOf(new ReportCategory(key)));

    // Reg. 10: a configured list replaces the default whole, in its order; its classes are the configured ones.
    [Fact]
    public void For_Configured_ReplacesTheDefaultsInOrder()
    {
        var options = new RegisterChoicesOptions();
        options.Categories.Add(Entry("Rudeness", ReportCategoryClass.EthicsBreach));
        options.Categories.Add(Entry("Bribery", ReportCategoryClass.EthicsBreach));
        var choices = Choices(options);

        Assert.Equal(["Rudeness", "Bribery"], choices.For(ChoiceList.Categories).Select(c => c.Key));
        Assert.Equal(ReportCategoryClass.EthicsBreach, choices.ClassOf(ReportCategory.Bribery));
        Assert.Equal(5, choices.For(ChoiceList.Outcomes).Count);
    }

    // Reg. 10: a key rows still hold after the director took it off the list is found by nobody, yet keeps the class
    // of its default; an unknown key has none — neither throws.
    [Fact]
    public void ClassOf_KeyTakenOffTheList_DefaultClassOrNone()
    {
        var options = new RegisterChoicesOptions();
        options.Categories.Add(Entry("Rudeness", ReportCategoryClass.EthicsBreach));
        var choices = Choices(options);

        Assert.Null(choices.Find(ChoiceList.Categories, "AbuseOfOffice"));
        Assert.Equal(ReportCategoryClass.SuspectedOffence, choices.ClassOf(ReportCategory.AbuseOfOffice));
        Assert.Null(choices.ClassOf(new ReportCategory("Gone")));
    }

    // Reg. 10: the configured label in the reader's language; English for another language.
    [Theory]
    [InlineData("kk-KZ", "Дөрекілік")]
    [InlineData("ru-RU", "Грубость")]
    [InlineData("en-US", "Rudeness")]
    [InlineData("de-DE", "Rudeness")]
    public void Label_Culture_ThatLanguage(string culture, string expected) =>
        Assert.Equal(expected, Entry("Rudeness", ReportCategoryClass.EthicsBreach).Label(new System.Globalization.CultureInfo(culture)));

    private static RegisterChoices Choices(RegisterChoicesOptions options) => new(Options.Create(options));

    internal static RegisterChoice Entry(string key, ReportCategoryClass? @class = null) =>
        new() { Key = key, Kk = "Дөрекілік", Ru = "Грубость", En = key, Class = @class };
}
