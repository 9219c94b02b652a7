using System.Globalization;
using ComplianceBot.Domain.Choices;
using ComplianceBot.Domain.Reports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Tests.Choices;

/// <summary>Reg. 10: the director's lists as configuration — their edges (found by bench/mutation.sh, decision 129).</summary>
public sealed class ChoicesEdgeTests
{
    private static ServiceProvider Services(params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration)
            .AddRegisterChoices().AddRegisterChoices().BuildServiceProvider();
    }

    [Fact]
    public void AddRegisterChoices_Twice_BindsEachConfiguredEntryOnce()
    {
        using var services = Services(("Registers:Outcomes:0:Key", "ReferredToAuthorizedBody"), ("Registers:Outcomes:0:Kk", "Уәкілетті органға"),
            ("Registers:Outcomes:0:Ru", "В уполномоченный орган"), ("Registers:Outcomes:0:En", "To the authorized body"));

        var outcomes = services.GetRequiredService<RegisterChoices>().For(ChoiceList.Outcomes);

        Assert.Equal("ReferredToAuthorizedBody", Assert.Single(outcomes).Key);
    }

    [Fact]
    public void AddRegisterChoices_InvalidList_RefusedWhenRead()
    {
        using var services = Services(("Registers:Categories:0:Key", "Fraud"));

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<RegisterChoicesOptions>>().Value);

        Assert.Contains("Registers:Categories:0", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ProblemsOrNone_FailOrSuccess()
    {
        var broken = new RegisterChoicesOptions();
        broken.Categories.Add(new RegisterChoice { Kk = "а", Ru = "б", En = "c", Class = ReportCategoryClass.EthicsBreach });

        Assert.True(new RegisterChoicesValidation().Validate(null, new RegisterChoicesOptions()).Succeeded);
        Assert.Contains("Registers:Categories:0:Key must be set", new RegisterChoicesValidation().Validate(null, broken).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_KeyUnsetOrNull_RefusedAsNotSet()
    {
        var options = new RegisterChoicesOptions();
        options.ConflictAreas.Add(new RegisterChoice { Kk = "а", Ru = "б", En = "c" });
        options.ConflictAreas.Add(new RegisterChoice { Key = null!, Kk = "а", Ru = "б", En = "c" });

        Assert.Equal(["Registers:ConflictAreas:0:Key must be set, without spaces around it.", "Registers:ConflictAreas:1:Key must be set, without spaces around it."],
            RegisterChoicesValidation.Problems(options));
    }

    [Fact]
    public void Problems_KeyOfExactlyTheColumnLength_Accepted()
    {
        var options = new RegisterChoicesOptions();
        options.ConflictAreas.Add(new RegisterChoice { Key = new string('k', RegisterChoice.KeyMaxLength), Kk = "а", Ru = "б", En = "c" });

        Assert.Empty(RegisterChoicesValidation.Problems(options));
    }

    [Fact]
    public void Label_BlankConfiguredText_NoneSoTheDefaultShows()
    {
        var choice = new RegisterChoice { Key = "Gifts", Kk = " ", Ru = "Подарки", En = "Gifts" };

        Assert.Null(choice.Label(CultureInfo.GetCultureInfo("kk-KZ")));
        Assert.Equal("Подарки", choice.Label(CultureInfo.GetCultureInfo("ru-RU")));
    }

    [Fact]
    public void NullArguments_Refused()
    {
        Assert.Throws<ArgumentNullException>(() => new RegisterChoice().Label(null!));
        Assert.Throws<ArgumentNullException>(() => RegisterChoicesValidation.Problems(null!));
        Assert.Throws<ArgumentNullException>(() => new RegisterChoices(Options.Create(new RegisterChoicesOptions())).ClassOf(null!));
    }
}
