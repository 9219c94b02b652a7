using ComplianceBot.Domain.Gifts;

namespace ComplianceBot.Domain.Tests.Gifts;

// Reg. 14.13 with Reg. 10: a gift worth more than the configured number of MCI of its year is handed over.
public sealed class GiftHandOverThresholdTests
{
    // 2 MCI; the MCI is 3 932 tenge in 2025 and 4 325 tenge in 2026, so the thresholds are 7 864 and 8 650 tenge.
    private static readonly GiftHandOverThreshold Rule = new(2m, new Dictionary<int, decimal> { [2025] = 3932m, [2026] = 4325m });

    private static GiftDetails Gift(decimal value, int year = 2026) => new(
        GiftDirection.Received, new DateOnly(year, 3, 8), "A. Supplier", "Supplier LLP", true,
        "8 March", "A fountain pen", value, GiftWhereabouts.WithDeclarant);

    [Theory]
    [InlineData(8649.99, false)]
    [InlineData(8650.00, false)]
    [InlineData(8650.01, true)]
    public void MustHandOver_AroundTheThresholdOfTheGiftsYear_OnlyAboveIt(decimal value, bool expected) =>
        Assert.Equal(expected, Rule.MustHandOver(Gift(value)));

    [Fact]
    public void MustHandOver_SameValueInAnotherYear_UsesThatYearsMci()
    {
        Assert.True(Rule.MustHandOver(Gift(7864.01m, 2025)));
        Assert.False(Rule.MustHandOver(Gift(7864.00m, 2025)));
        Assert.False(Rule.MustHandOver(Gift(7864.01m, 2026)));
    }

    [Fact]
    public void ThresholdKzt_ConfiguredYear_IsMciTimesThreshold()
    {
        Assert.Equal(8650.00m, Rule.ThresholdKzt(2026));
        Assert.Equal(2162.50m, new GiftHandOverThreshold(0.5m, new Dictionary<int, decimal> { [2026] = 4325m }).ThresholdKzt(2026));
    }

    [Fact]
    public void MustHandOver_YearWithoutConfiguredMci_AsksNothing()
    {
        Assert.Null(Rule.ThresholdKzt(2027));
        Assert.False(Rule.MustHandOver(Gift(1_000_000m, 2027)));
    }

    [Fact]
    public void GiftAboveThresholdIsHandedOver_NamesClause14_13() =>
        Assert.Equal("14.13", GiftHandOverThreshold.GiftAboveThresholdIsHandedOver.Clause);

    // Reg. 10: the director configures the number of MCI; a negative number is a configuration error, zero hands over any gift of value.
    [Fact]
    public void Constructor_NegativeThreshold_IsRefusedAndZeroIsAccepted()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new GiftHandOverThreshold(-0.5m, new Dictionary<int, decimal> { [2026] = 4325m }));
        Assert.Equal("mciKztByYear", Assert.Throws<ArgumentNullException>(() => new GiftHandOverThreshold(2m, null!)).ParamName);
        Assert.Equal("gift", Assert.Throws<ArgumentNullException>(() => Rule.MustHandOver(null!)).ParamName);
        var zero = new GiftHandOverThreshold(0m, new Dictionary<int, decimal> { [2026] = 4325m });
        Assert.False(zero.MustHandOver(Gift(0m)));
        Assert.True(zero.MustHandOver(Gift(0.01m)));
    }

    [Fact]
    public void ThresholdKzt_IsRoundedToTheTiyn() =>
        Assert.Equal(1441.67m, new GiftHandOverThreshold(1m / 3m, new Dictionary<int, decimal> { [2026] = 4325m }).ThresholdKzt(2026));
}
