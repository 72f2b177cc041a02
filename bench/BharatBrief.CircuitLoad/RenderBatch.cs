using System.Buffers.Binary;
using System.Text;

namespace BharatBrief.CircuitLoad;

/// <summary>
/// The little a headless client needs from a render batch in the framework's binary format (its RenderBatchWriter;
/// blazor.web.js reads the same): the search box's event handler ids and whether the island has gone live. Frames are
/// 20 bytes, edits 16; strings are indexes into a table at the end; the last 20 bytes locate the batch's parts.
/// </summary>
public sealed class RenderBatch
{
    private const int FrameSize = 20;
    private const int EditSize = 16;

    private const int ElementFrame = 1;
    private const int AttributeFrame = 3;
    private const int ComponentFrame = 4;
    private const int RegionFrame = 5;

    private const int PrependFrameEdit = 1;
    private const int SetAttributeEdit = 3;

    private readonly byte[] _data;
    private readonly int _referenceFrames;
    private readonly int _stringTable;

    private RenderBatch(byte[] data)
    {
        _data = data;
        _referenceFrames = Int(data.Length - 16);
        _stringTable = Int(data.Length - 4);
    }

    /// <summary>The search box's <c>oninput</c> handler, if this batch rendered or replaced it.</summary>
    public SearchBoxHandlers? SearchBox { get; private set; }

    /// <summary>Whether this batch set <c>data-live="on"</c>: the island's first render after it became interactive.</summary>
    public bool WentLive { get; private set; }

    public static RenderBatch Read(byte[] data)
    {
        var batch = new RenderBatch(data);
        batch.ReadDiffs();
        return batch;
    }

    private void ReadDiffs()
    {
        var updatedComponents = Int(_data.Length - 20);
        var diffCount = Int(updatedComponents);
        for (var d = 0; d < diffCount; d++)
        {
            var diff = Int(updatedComponents + 4 + 4 * d);
            var componentId = Int(diff);
            var editCount = Int(diff + 4);
            for (var e = 0; e < editCount; e++)
            {
                var edit = diff + 8 + EditSize * e;
                var frameIndex = Int(edit + 8);
                switch (Int(edit))
                {
                    case PrependFrameEdit:
                        ReadInsertedFrames(componentId, frameIndex);
                        break;
                    case SetAttributeEdit:
                        ReadChangedAttribute(componentId, frameIndex, diff + 8 + EditSize * (e + 1), editCount - e - 1);
                        break;
                }
            }
        }
    }

    private void ReadInsertedFrames(int componentId, int first)
    {
        var end = first + SubtreeLength(first);
        for (var index = first; index < end; index++)
        {
            if (FrameType(index) != ElementFrame)
            {
                continue;
            }
            ulong input = 0, keyDown = 0;
            for (var attribute = index + 1; attribute < end && FrameType(attribute) == AttributeFrame; attribute++)
            {
                switch (AttributeName(attribute))
                {
                    case "oninput": input = EventHandlerId(attribute); break;
                    case "onkeydown": keyDown = EventHandlerId(attribute); break;
                    case "data-live" when AttributeValue(attribute) == "on": WentLive = true; break;
                }
            }
            if (input != 0)
            {
                SearchBox = new SearchBoxHandlers(componentId, input, keyDown);
            }
        }
    }

    // A re-render gives the box's handlers new ids: the box's oninput edit, then its onkeydown edit if that changed too.
    private void ReadChangedAttribute(int componentId, int frame, int nextEdit, int editsAfter)
    {
        switch (AttributeName(frame))
        {
            case "data-live" when AttributeValue(frame) == "on":
                WentLive = true;
                break;
            case "oninput":
                var keyDown = 0UL;
                if (editsAfter > 0 && Int(nextEdit) == SetAttributeEdit && AttributeName(Int(nextEdit + 8)) == "onkeydown")
                {
                    keyDown = EventHandlerId(Int(nextEdit + 8));
                }
                SearchBox = new SearchBoxHandlers(componentId, EventHandlerId(frame), keyDown);
                break;
        }
    }

    private int Frame(int index) => _referenceFrames + 4 + FrameSize * index;

    private int FrameType(int index) => Int(Frame(index));

    private int SubtreeLength(int index) => FrameType(index) is ElementFrame or ComponentFrame or RegionFrame ? Int(Frame(index) + 4) : 1;

    private string? AttributeName(int index) => FrameType(index) == AttributeFrame ? String(Int(Frame(index) + 4)) : null;

    private string? AttributeValue(int index) => String(Int(Frame(index) + 8));

    private ulong EventHandlerId(int index) => BinaryPrimitives.ReadUInt64LittleEndian(_data.AsSpan(Frame(index) + 12, 8));

    private int Int(int position) => BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan(position, 4));

    // Each string as .NET's BinaryWriter writes it: its UTF-8 length in 7-bit groups, then the bytes.
    private string? String(int index)
    {
        if (index < 0)
        {
            return null;
        }
        var position = Int(_stringTable + 4 * index);
        int length = 0, shift = 0;
        byte part;
        do
        {
            part = _data[position++];
            length |= (part & 0x7F) << shift;
            shift += 7;
        }
        while ((part & 0x80) != 0);
        return Encoding.UTF8.GetString(_data, position, length);
    }
}

/// <summary>The search box's handlers as last rendered: the component that owns them and their event handler ids.</summary>
public sealed record SearchBoxHandlers(int ComponentId, ulong Input, ulong KeyDown);
