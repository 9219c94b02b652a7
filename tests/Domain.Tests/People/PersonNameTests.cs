using ComplianceBot.Domain.People;

namespace ComplianceBot.Domain.Tests.People;

/// <summary>Reg. 24.2: how a typed name of a person concerned is matched to an officer's directory name.</summary>
public sealed class PersonNameTests
{
    [Theory]
    [InlineData("Serik Bekov", "Serik Bekov")]
    [InlineData("bekov  serik", "Serik Bekov")]
    [InlineData("Бекова Айгерим", "Айгерим Бекова")]
    [InlineData("Бекова А.", "Айгерим Бекова")]
    [InlineData("S. Bekov", "Serik Bekov")]
    [InlineData("Nurlanova Aigerim", "Aigerim Nurlanova")]
    [InlineData("Nurlanova Aigerim Serikovna", "Aigerim Nurlanova")]
    [InlineData("Ақжан Әбенова", "ақжан әбенова")]
    [InlineData("José Pérez", "Jose Perez")]
    public void MayBeTheSamePerson_SameWordsInAnyOrderCaseOrWithInitials_Matches(string typed, string directory) =>
        Assert.True(PersonName.MayBeTheSamePerson(typed, directory));

    // Reg. 24.2: full words are matched before initials, so an initial never takes the word a full name needs ...
    [Fact]
    public void MayBeTheSamePerson_InitialSharingTheFirstLetterOfTheFullWord_StillMatches() =>
        Assert.True(PersonName.MayBeTheSamePerson("Serik S.", "Serik Sultanov"));

    // ... and a person known by one word (a one-word directory name) is matched when that word is typed in full.
    [Fact]
    public void MayBeTheSamePerson_OneWordTypedForAOneWordDirectoryName_Matches() =>
        Assert.True(PersonName.MayBeTheSamePerson("Bekov", "bekov"));

    [Theory]
    [InlineData("Serik Bekov", "Serik Bekmukhanov")]
    [InlineData("Serik", "Serik Bekov")]
    [InlineData("A. B.", "Aigerim Bekova")]
    [InlineData("Head of procurement", "Serik Bekov")]
    [InlineData("", "Serik Bekov")]
    [InlineData("Serik Bekov", null)]
    [InlineData("B. Bekov", "Serik Bekov")] // each typed word needs a word of its own
    [InlineData("Serik Bekov", "S. B.")] // initials against full words: no word matched in full
    [InlineData("Serik Bekov", "Serikbay Bekov")] // a word is not an abbreviation of a longer one
    [InlineData("Serikbay Bekov", "Serik Bekov")]
    public void MayBeTheSamePerson_OtherPersonOrTooLittle_DoesNotMatch(string typed, string? directory) =>
        Assert.False(PersonName.MayBeTheSamePerson(typed, directory));
}
