using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Domain;

public static class RegistersServiceCollectionExtensions
{
    public static IServiceCollection AddRegisters(this IServiceCollection services, IConfiguration configuration) => services;

    public static Task MigrateRegistersIfEnabledAsync(this IServiceProvider services) => Task.CompletedTask;
}
