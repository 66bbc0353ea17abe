using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Pipelines.Media.Imaging;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Pipelines.Nodes.Io;

/// <summary>
/// Brings an image from the asset library into the graph by its id — the way a preset-level brand kit's logo reaches
/// the slides: the logo parameter holds the asset id and this node's <c>asset</c> setting is bound to it. No id passes
/// nothing on (optional ports it feeds stay empty); a deleted, missing or non-image asset fails with the reason.
/// </summary>
[PipelineNode("image.asset", 1, NodeCategory.Io, "Library image", "An image from the asset library, chosen by id (for example the brand kit's logo); empty passes nothing on.")]
[OutputPort("image", PortKind.Image)]
public sealed class LibraryImageNode(IDbContextFactory<MediaEngineDbContext> contexts, AssetFiles files, IImageLoader images) : PipelineNode<LibraryImageSettings>
{
    protected override async Task<NodeOutputs> ExecuteAsync(NodeContext context, LibraryImageSettings settings, CancellationToken cancellationToken)
    {
        var outputs = new NodeOutputs();
        if (string.IsNullOrWhiteSpace(settings.Asset))
        {
            context.Log("No image chosen; nothing passed on.");
            return outputs;
        }

        var id = Guid.Parse(settings.Asset);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var asset = await db.Assets.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.DeletedAt == null, cancellationToken)
            ?? throw new InvalidOperationException($"The library image {id} does not exist or was deleted; choose another one.");
        if (asset.Kind != MediaKind.Image)
        {
            throw new InvalidOperationException($"'{asset.Name}' ({id}) is {asset.Kind}, not an image; choose an image from the library.");
        }

        var source = files.ToInput(asset);
        var (width, height, _) = await InputSupply.CheckAsync(source, path => Task.FromResult(images.Ping(path)));
        outputs.PassThrough.Add(("image", source with { Kind = PortKind.Image, Width = width, Height = height }));
        return outputs;
    }
}
