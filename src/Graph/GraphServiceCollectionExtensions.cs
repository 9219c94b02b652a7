using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplianceBot.Graph;

public static class GraphServiceCollectionExtensions
{
    public static IServiceCollection AddGraphServices(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment) => services;
}
