using Microsoft.Extensions.Options;

namespace ClinicCms.Web.Features.BackOffice.Security;

/// <summary>
/// At start-up, before the site takes requests: creates Umbraco's default user groups and, when no user exists and
/// the unattended install keys are set, the first administrator. Without those keys <c>/umbraco</c> offers a one-time
/// setup screen instead.
/// </summary>
public sealed class BackOfficeInstaller(
    IServiceScopeFactory scopes,
    IOptions<UnattendedOptions> unattended,
    ILogger<BackOfficeInstaller> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<BackOfficeUserService>();
        await users.EnsureGroupsAsync();
        if (await users.AnyUserAsync(cancellationToken))
        {
            return;
        }

        var settings = unattended.Value;
        if (!settings.IsComplete)
        {
            logger.LogInformation("No back-office user yet: open /umbraco to create the first administrator");
            return;
        }

        var result = await users.CreateAsync(settings.UnattendedUserName!, settings.UnattendedUserEmail!, settings.UnattendedUserPassword!, [UserGroups.Administrators]);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"{UnattendedOptions.Section}: the first administrator could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }

        logger.LogInformation("Unattended install: administrator {Email} created", settings.UnattendedUserEmail);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
