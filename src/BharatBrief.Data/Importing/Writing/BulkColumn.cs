using System.Data.Common;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BharatBrief.Data.Importing.Writing;

/// <summary>One column of a <see cref="BulkInserter{T}"/>: its parameter, how to read the value, how to convert it.</summary>
internal readonly record struct BulkColumn(DbParameter Parameter, IClrPropertyGetter Getter, ValueConverter? Converter);
