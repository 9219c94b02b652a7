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

    [Theory]
    [InlineData("Serik Bekov", "Serik Bekmukhanov")]
    [InlineData("Serik", "Serik Bekov")]
    [InlineData("A. B.", "Aigerim Bekova")]
    [InlineData("Head of procurement", "Serik Bekov")]
    [InlineData("", "Serik Bekov")]
    [InlineData("Serik Bekov", null)]
    public void MayBeTheSamePerson_OtherPersonOrTooLittle_DoesNotMatch(string typed, string? directory) =>
        Assert.False(PersonName.MayBeTheSamePerson(typed, directory));
}
