using ComplianceBot.Bot.Cards.Catalog;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Features.Declarations;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceBot.Bot.Features.Administration;

public static class AdministrationServiceCollectionExtensions
{
    /// <summary>
    /// The registers card and the export-ready card: no register needed, so <c>cards export</c> has them. They use the
    /// declarations' calendar and options, so AddDeclarationCards (or AddDeclarations) goes beside it.
    /// </summary>
    public static IServiceCollection AddAdministrationCards(this IServiceCollection services)
    {
        services.TryAddSingleton<RegistersCard>();
        services.TryAddSingleton<ExportReadyCard>();
        services.TryAddSingleton<RegisterWorkbook>();
        return services.AddCardCatalogEntry<RegistersEntry>()
            .AddCardCatalogEntry<ExportReadyEntry>();
    }

    /// <summary>The officers' registers of gifts and conflicts (officers only, Reg. 6–7): the registers card, its filters and the single-use export links.</summary>
    public static IServiceCollection AddAdministration(this IServiceCollection services)
    {
        services.AddAdministrationCards();
        services.TryAddScoped<PeopleLookup>();
        services.TryAddScoped<RegisterQuery>();
        services.TryAddScoped<RegistersView>();
        services.TryAddScoped<ExportLinks>();
        services.TryAddScoped<RegisterExports>();
        services.TryAddScoped<OfficerAppointmentDesk>();
        services.TryAddEnumerable(ServiceDescriptor.Transient<IStartupFilter, ExportEndpoint>());
        return services.AddCardActionRoute<RegistersShowRoute>()
            .AddCardActionRoute<RegistersExportRoute>()
            .AddTextCommandRoute<RegistersTextRoute>();
    }
}
