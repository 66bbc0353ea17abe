using System.CommandLine;
using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Security;
using Microsoft.Extensions.DependencyInjection;

namespace MediaEngine.Workers.Cli;

/// <summary><c>mediaengine apikey create --name N --role R</c>: prints the new key once.</summary>
public static class ApiKeyCommands
{
    public static Command Create(Func<CancellationToken, Task<IServiceProvider>> services)
    {
        var name = new Option<string>("--name") { Description = "What the key is for", Required = true };
        var role = new Option<UserRole>("--role") { Description = "Viewer, Operator or Admin", DefaultValueFactory = _ => UserRole.Viewer };
        var create = new Command("create", "Create an API key and print it once") { name, role };
        create.SetAction(async (parse, cancellationToken) =>
        {
            var provider = await services(cancellationToken);
            var keys = provider.GetRequiredService<ApiKeyService>();
            var actor = new AuditActor(null, $"cli:{Environment.UserName}");
            var created = await keys.CreateAsync(parse.GetValue(name)!, parse.GetValue(role), actor, cancellationToken);
            Console.Error.WriteLine($"Created API key '{created.Key.Name}' with role {created.Key.Role}. It is shown only now:");
            Console.WriteLine(created.Secret);
            return 0;
        });

        return new Command("apikey", "Manage API keys for /api/v1") { create };
    }
}
