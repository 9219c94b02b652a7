namespace ComplianceBot.Domain.Gifts;

/// <summary>Reg. 14.13: gifts received, offered and declined, or given.</summary>
public enum GiftDirection
{
    Received,
    OfferedAndDeclined,
    Given,
}

/// <summary>Where the gift is now.</summary>
public enum GiftWhereabouts
{
    WithDeclarant,
    HandedOverToEnterprise,
    ReturnedToGiver,
    NeverAccepted,
    Consumed,
    Other,
}

/// <summary>The officer's decision on a gift declaration.</summary>
public enum GiftOutcome
{
    MayKeep,
    HandOverToEnterprise,
    Return,
    ReferForInvestigation,
}
