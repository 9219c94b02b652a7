using ComplianceBot.Bot.Cards.Catalog;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Domain.Reports;
using ComplianceBot.Domain.Samples;

namespace ComplianceBot.Bot.Features.Reports;

internal sealed class ReportFormEntry(ReporterCards cards) : ICardCatalogEntry
{
    public string Name => "report-form";

    public AdaptiveCard CreateSample() => cards.Form();
}

internal sealed class ReportReceiptEntry(ReporterCards cards) : ICardCatalogEntry
{
    public string Name => "report-receipt";

    public AdaptiveCard CreateSample() => cards.Receipt(ReportSamples.Filed());
}

internal sealed class ReportCheckEntry(ReporterCards cards) : ICardCatalogEntry
{
    public string Name => "report-check";

    public AdaptiveCard CreateSample() => cards.CheckForm(failed: true);
}

internal sealed class ReportCaseEntry(ReporterCards cards) : ICardCatalogEntry
{
    public string Name => "report-case";

    public AdaptiveCard CreateSample() => cards.Case(ReportSamples.Filed().Report);
}

internal sealed class OfficerNewReportEntry(OfficerCards cards) : ICardCatalogEntry
{
    public string Name => "report-officer-new";

    public AdaptiveCard CreateSample() => cards.NewReport(ReportSamples.Filed().Report);
}

internal sealed class OfficerCaseEntry(OfficerCards cards) : ICardCatalogEntry
{
    public string Name => "report-officer-case";

    public AdaptiveCard CreateSample() => cards.Case(ReportSamples.Acknowledged(), null, [], viewerIsAssigned: true,
        handover: new CaseHandover(false, [new OfficerChoice("sample-officer-2", "Dana Officerova")]));
}

internal sealed class DirectorNoticeEntry(NoticeCards cards) : ICardCatalogEntry
{
    public string Name => "report-director-notice";

    public AdaptiveCard CreateSample() => cards.Director(ReportSamples.Filed().Report, DirectorNoticeType.ReportFiled);
}

internal sealed class ReporterNoticeEntry(NoticeCards cards) : ICardCatalogEntry
{
    public string Name => "report-reporter-notice";

    public AdaptiveCard CreateSample() => cards.ReporterNewMessage();
}

internal sealed class ExplanationEntry(NoticeCards cards) : ICardCatalogEntry
{
    public string Name => "report-explanation";

    public AdaptiveCard CreateSample() => cards.Explanation(ReportSamples.Explanation());
}

internal sealed class OfficerPanelEntry(PanelCards cards) : ICardCatalogEntry
{
    public string Name => "report-officer-panel";

    public AdaptiveCard CreateSample() => cards.Panel([new ReportDeadline(Guid.Empty, "R-2026-0001", ReportStatus.Received, new DateOnly(2026, 3, 17), null)], [ReportSamples.Explanation()]);
}

/// <summary>Reg. 23.4: what the officer confirms before a case goes to the authorized body.</summary>
internal sealed class SendToAuthorizedBodyConfirmEntry(SendToAuthorizedBodyCards cards) : ICardCatalogEntry
{
    public string Name => "report-officer-send-confirm";

    public AdaptiveCard CreateSample() => cards.Confirm(
        ReportSamples.Acknowledged(), SampleText.User("Tender 14 was awarded before publication; three payments went to the winner's director."));
}
