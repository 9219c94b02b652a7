using ComplianceBot.Domain.Rules;

namespace ComplianceBot.Domain.Gifts;

/// <summary>
/// Reg. 14.13 (gifts are regulated) with Reg. 10 (the amount is the director's decision, i.e. configuration): a gift
/// worth strictly more than <see cref="ThresholdMci"/> monthly calculation indices (MCI) of the gift's year is handed
/// over to the enterprise. The MCI in tenge changes every year with the budget law, so it is configured per year; a
/// year without a configured MCI has no known threshold and asks nothing (the officer decides as for any gift).
/// </summary>
public sealed class GiftHandOverThreshold
{
    public static readonly DomainRule GiftAboveThresholdIsHandedOver =
        new(nameof(GiftAboveThresholdIsHandedOver), "14.13", DomainMessageKeys.GiftMustBeHandedOver);

    private readonly Dictionary<int, decimal> mciKztByYear;

    public GiftHandOverThreshold(decimal thresholdMci, IReadOnlyDictionary<int, decimal> mciKztByYear)
    {
        ArgumentNullException.ThrowIfNull(mciKztByYear);
        ArgumentOutOfRangeException.ThrowIfNegative(thresholdMci);
        ThresholdMci = thresholdMci;
        this.mciKztByYear = new Dictionary<int, decimal>(mciKztByYear);
    }

    public decimal ThresholdMci { get; }

    /// <summary>The threshold in tenge for <paramref name="year"/> (rounded to the tiyn); null when that year's MCI is not configured.</summary>
    public decimal? ThresholdKzt(int year) =>
        mciKztByYear.TryGetValue(year, out var mci) ? decimal.Round(mci * ThresholdMci, 2) : null;

    /// <summary>True when the gift is worth more than the threshold of the year it was given; a value at the threshold is kept.</summary>
    public bool MustHandOver(GiftDetails gift)
    {
        ArgumentNullException.ThrowIfNull(gift);
        return ThresholdKzt(gift.GiftDate.Year) is { } threshold && gift.EstimatedValueKzt > threshold;
    }
}
