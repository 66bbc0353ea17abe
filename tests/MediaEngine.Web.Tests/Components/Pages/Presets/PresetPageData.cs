using System.Security.Claims;
using System.Text.Json.Nodes;
using Bunit;
using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Presets;
using MediaEngine.Web.Auth;
using MediaEngine.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MediaEngine.Web.Tests.Components.Pages.Presets;

/// <summary>
/// Seeds the preset pages' data on the real services: the shipped <c>web-images</c> system preset with three
/// succeeded and one failed job, and a user preset <c>shop-photos</c> cloned from it by Olga, at version 2 with the
/// WebP quality lowered from 80 to 60.
/// </summary>
internal static class PresetPageData
{
    public static async Task<(PresetVersion WebImages, AuditActor Olga)> SeedAsync(JobPageServices services)
    {
        var webImages = await services.AddWebImagesPresetAsync();
        foreach (var status in new[] { JobStatus.Succeeded, JobStatus.Succeeded, JobStatus.Succeeded, JobStatus.Failed })
        {
            await services.AddJobAsync(webImages, $"Web images · {status}", status, createdAt: DateTime.UtcNow.AddMinutes(-30));
        }

        var olga = new User { Email = "olga@example.com", Name = "Olga Operator", Role = UserRole.Operator, Status = UserStatus.Active };
        await using (var db = services.Db())
        {
            db.Users.Add(olga);
            await db.SaveChangesAsync();
        }

        var actor = new AuditActor(olga.Id, olga.Email);
        var catalog = services.Get<PresetCatalog>();
        await catalog.CloneAsync("web-images", "Shop photos", "shop-photos", actor);
        await catalog.SaveVersionAsync("shop-photos", WithWebpQuality(60), "Smaller files", actor);
        return (webImages, actor);
    }

    public static string WithWebpQuality(int quality)
    {
        var graph = PipelineGraphJson.Deserialize(new Pipelines.Presets.SystemPresetLibrary().GetJson("web-images"));
        return PipelineGraphJson.Serialize(graph.WithNodeSettings("webp", new JsonObject { ["format"] = "WebP", ["quality"] = quality }));
    }

    /// <summary>Registers the job page services plus the preset services in a bUnit context.</summary>
    public static void AddTo(JobPageServices services, IServiceCollection target)
    {
        services.AddTo(target);
        target.AddSingleton(services.Get<PresetQueries>());
        target.AddSingleton(services.Get<PresetCatalog>());
    }

    public static void SignIn(BunitContext context, string role)
    {
        var auth = context.AddAuthorization();
        auth.SetAuthorized($"{role} user");
        auth.SetRoles(role);
        auth.SetClaims(new Claim(ClaimTypes.Role, role));
        auth.SetPolicies(role == "Viewer" ? [Policies.Viewer] : [Policies.Viewer, Policies.Operator]);
    }
}
