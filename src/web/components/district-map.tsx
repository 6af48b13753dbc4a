import { MapChart, type MapSeriesOption, ScatterChart, type ScatterSeriesOption } from 'echarts/charts';
import {
  GeoComponent,
  type GeoComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import {
  type DistrictFeatureProperties,
  type DistrictGeoJson,
  type DistrictLevel,
  featureAt,
  featuresOf,
} from '../../shared/district-geo.ts';

echarts.use([MapChart, ScatterChart, GeoComponent, TooltipComponent, CanvasRenderer]);

type Option = echarts.ComposeOption<
  GeoComponentOption | ScatterSeriesOption | MapSeriesOption | TooltipComponentOption
>;

/** A point on the map: a case, a patrol finding… `value` (default 1) makes the dot larger. */
export interface MapPoint {
  id: string | number;
  lat: number;
  lng: number;
  /** Shown in the tooltip. */
  label?: string;
  value?: number;
  /** CSS colour of the dot (default a strong red). */
  colour?: string;
}

/** Where a click or tap landed: the coordinates and the township and village under them (null outside). */
export interface MapPick {
  lat: number;
  lng: number;
  township: DistrictFeatureProperties | null;
  village: DistrictFeatureProperties | null;
}

export interface DistrictMapProps {
  /** The boundaries, from `useDistrictMap()` (GET /public/district-map). */
  geo: DistrictGeoJson;
  /** Accessible name of the map (it is drawn on a canvas: give a keyboard alternative beside it). */
  ariaLabel: string;
  /** Which polygons to draw: townships/subdistricts (default) or villages/communities. */
  level?: DistrictLevel;
  points?: readonly MapPoint[];
  /** A region (unit code) drawn as selected, e.g. the township a list is filtered by. */
  selectedCode?: string | null;
  /** Regions drawn emphasised (e.g. with overdue work). */
  highlightCodes?: readonly string[];
  /** Values per region (unit code → number), shown in the region's tooltip; regions shade by value. */
  regionValues?: Readonly<Record<string, number>>;
  /** A chosen spot, drawn as a pin (the place a citizen tapped). */
  marker?: { lat: number; lng: number } | null;
  /** Any click or tap on the map, with where it landed. */
  onMapClick?: (pick: MapPick) => void;
  /** A click on a region of the drawn level. */
  onRegionClick?: (region: DistrictFeatureProperties) => void;
  onPointClick?: (point: MapPoint) => void;
  /** Region names on the map (default true). */
  showLabels?: boolean;
  /** Pan and pinch-zoom (default false: on a phone the page must still scroll over the map). */
  zoomable?: boolean;
  /** CSS height (default 320px). */
  height?: number | string;
  className?: string;
}

const registered = new WeakMap<DistrictGeoJson, Map<DistrictLevel, string>>();
let mapCount = 0;

/** Registers each (map, level) with ECharts once and answers the name it was registered under. */
function registeredName(geo: DistrictGeoJson, level: DistrictLevel): string {
  let byLevel = registered.get(geo);
  if (!byLevel) {
    byLevel = new Map();
    registered.set(geo, byLevel);
  }
  let name = byLevel.get(level);
  if (!name) {
    name = `luoshi-district-${++mapCount}-${level}`;
    echarts.registerMap(name, featuresOf(geo, level) as unknown as Parameters<typeof echarts.registerMap>[1]);
    byLevel.set(level, name);
  }
  return name;
}

const BASE = '#eef3fb';
const BORDER = '#6f819c';
const SELECTED = '#a9c6ef';
const HIGHLIGHT = '#fde2c8';
const POINT = '#c8320e';
const PIN = '#1f5fbf';

function shade(value: number, max: number): string {
  const share = max > 0 ? Math.min(1, value / max) : 0;
  const mix = (from: number, to: number) => Math.round(from + (to - from) * share);
  return `rgb(${mix(238, 120)}, ${mix(243, 165)}, ${mix(251, 225)})`;
}

/** Degrees of longitude are shorter than degrees of latitude away from the equator: cos(latitude). */
function aspectOf(geo: DistrictGeoJson): number {
  let min = 90;
  let max = -90;
  for (const feature of geo.features) {
    const rings =
      feature.geometry.type === 'Polygon' ? feature.geometry.coordinates : feature.geometry.coordinates.flat();
    for (const ring of rings) for (const [, lat] of ring) [min, max] = [Math.min(min, lat), Math.max(max, lat)];
  }
  return max < min ? 0.75 : Math.cos((((min + max) / 2) * Math.PI) / 180);
}

interface Drawing {
  mapName: string;
  /** The township outlines drawn over a village-level map (null when townships are the level). */
  outlineName: string | null;
  names: Map<string, string>;
  aspect: number;
}

function buildOption(props: DistrictMapProps, drawing: Drawing): Option {
  const { mapName, outlineName, names, aspect } = drawing;
  const {
    points = [],
    selectedCode,
    highlightCodes = [],
    regionValues,
    marker,
    showLabels = true,
    zoomable = false,
  } = props;
  const max = regionValues ? Math.max(0, ...Object.values(regionValues)) : 0;
  const codes = new Set([
    ...(selectedCode ? [selectedCode] : []),
    ...highlightCodes,
    ...Object.keys(regionValues ?? {}),
  ]);
  const regions = [...codes].map((code) => ({
    name: code,
    itemStyle: {
      areaColor:
        code === selectedCode
          ? SELECTED
          : highlightCodes.includes(code)
            ? HIGHLIGHT
            : shade(regionValues?.[code] ?? 0, max),
      ...(code === selectedCode ? { borderColor: PIN, borderWidth: 2 } : {}),
    },
  }));
  const series: (ScatterSeriesOption | MapSeriesOption)[] = [
    {
      id: 'points',
      type: 'scatter',
      coordinateSystem: 'geo',
      geoIndex: 0,
      data: points.map((p) => ({
        id: String(p.id),
        name: p.label ?? '',
        value: [p.lng, p.lat, p.value ?? 1],
        itemStyle: { color: p.colour ?? POINT },
      })),
      symbolSize: (value: number[]) => Math.min(26, 9 + 4 * Math.sqrt(Math.max(0, (value[2] ?? 1) - 1))),
      itemStyle: { borderColor: '#fff', borderWidth: 1, opacity: 0.9 },
      tooltip: { formatter: (p) => (p as { name?: string }).name ?? '' },
      z: 3,
    },
    {
      id: 'marker',
      type: 'scatter',
      coordinateSystem: 'geo',
      geoIndex: 0,
      symbol: 'pin',
      symbolSize: 34,
      symbolOffset: [0, '-45%'], // the pin's tip, not its middle, on the spot
      silent: true,
      data: marker ? [{ value: [marker.lng, marker.lat] }] : [],
      itemStyle: { color: PIN },
      z: 4,
    },
  ];
  if (regionValues) {
    series.push({
      id: 'regions',
      type: 'map',
      geoIndex: 0,
      data: Object.entries(regionValues).map(([name, value]) => ({ name, value })),
      tooltip: {
        formatter: (p) => `${names.get((p as { name: string }).name) ?? ''}: ${(p as { value?: number }).value ?? 0}`,
      },
    });
  }
  const layout: GeoComponentOption = {
    nameProperty: 'code',
    roam: zoomable,
    selectedMode: false,
    aspectScale: aspect,
    layoutCenter: ['50%', '50%'],
    layoutSize: '96%',
    tooltip: { show: false },
  };
  const label = (show: boolean, size: number, weight: 'normal' | 'bold'): GeoComponentOption['label'] => ({
    show,
    formatter: (p: { name: string }) => names.get(p.name) ?? '',
    fontSize: size,
    fontWeight: weight,
    color: '#1d2733',
  });
  const geo: GeoComponentOption[] = [
    {
      ...layout,
      map: mapName,
      label: label(showLabels && !outlineName, 11, 'normal'),
      itemStyle: { areaColor: BASE, borderColor: outlineName ? '#a3b1c4' : BORDER, borderWidth: outlineName ? 0.6 : 1 },
      emphasis: { itemStyle: { areaColor: '#dbe7f8' }, label: { show: !outlineName, color: '#0f2747' } },
      regions,
    },
  ];
  // Over a village-level map, the township borders and names, drawn on top and letting clicks through.
  if (outlineName) {
    geo.push({
      ...layout,
      map: outlineName,
      silent: true,
      label: label(showLabels, 12, 'bold'),
      itemStyle: { areaColor: 'transparent', borderColor: '#44546a', borderWidth: 1.6 },
      z: 1,
    });
  }
  return { animation: false, tooltip: { trigger: 'item', confine: true }, geo, series };
}

/**
 * 区域地图: the district's townships (or villages) drawn with ECharts, with case points, a chosen
 * pin, a selected or highlighted region, and clicks answered as coordinates and regions.
 *
 * ```tsx
 * const { geo } = useDistrictMap();
 * <DistrictMap geo={geo} ariaLabel="澄川区地图" points={cases.map(toPoint)} selectedCode={town}
 *   onRegionClick={(r) => setTown(r.code)} onMapClick={(pick) => setPlace(pick)} />
 * ```
 * A case without coordinates can be placed at its unit's centre: `unitCentre(geo, placeCode)`
 * from src/shared/district-geo.ts.
 */
export function DistrictMap(props: DistrictMapProps) {
  const { geo, level = 'township', height = 320, ariaLabel, className } = props;
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.EChartsType | null>(null);
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });

  const drawing = useMemo<Drawing>(
    () => ({
      mapName: registeredName(geo, level),
      outlineName: level === 'village' ? registeredName(geo, 'township') : null,
      names: new Map(geo.features.map((f) => [f.properties.code, f.properties.name])),
      aspect: aspectOf(geo),
    }),
    [geo, level],
  );

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.getZr().on('click', (event: { offsetX: number; offsetY: number }) => {
      const { onMapClick, onRegionClick, geo: currentGeo, level: currentLevel = 'township' } = latest.current;
      if (!onMapClick && !onRegionClick) return;
      const converted = instance.convertFromPixel({ geoIndex: 0 }, [event.offsetX, event.offsetY]) as
        number[] | undefined;
      const [lng, lat] = converted ?? [];
      if (lng === undefined || lat === undefined || !Number.isFinite(lng) || !Number.isFinite(lat)) return;
      const township = featureAt(currentGeo, lng, lat, 'township')?.properties ?? null;
      const village = featureAt(currentGeo, lng, lat, 'village')?.properties ?? null;
      onMapClick?.({ lat, lng, township, village });
      const region = currentLevel === 'township' ? township : village;
      if (region) onRegionClick?.(region);
    });
    instance.on('click', { seriesId: 'points' }, (params) => {
      const id = (params.data as { id?: string } | undefined)?.id;
      const point = latest.current.points?.find((p) => String(p.id) === id);
      if (point) latest.current.onPointClick?.(point);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  const { points, selectedCode, highlightCodes, regionValues, marker, showLabels, zoomable } = props;
  useEffect(() => {
    chart.current?.setOption(buildOption(latest.current, drawing), { notMerge: true });
  }, [drawing, points, selectedCode, highlightCodes, regionValues, marker, showLabels, zoomable]);

  const clickable = Boolean(props.onMapClick || props.onRegionClick || props.onPointClick);
  return (
    <div
      ref={container}
      className={className}
      role="img"
      aria-label={ariaLabel}
      style={{ width: '100%', height, cursor: clickable ? 'pointer' : undefined }}
    />
  );
}
