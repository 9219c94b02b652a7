namespace ComplianceBot.Domain.Choices;

/// <summary>
/// Reg. 5.4: report categories distinguish a suspected corruption offence (a culpable unlawful act with signs of
/// corruption, carrying administrative or criminal liability) from a breach of the code of ethics.
/// </summary>
public enum ReportCategoryClass
{
    SuspectedOffence,
    EthicsBreach,
}
