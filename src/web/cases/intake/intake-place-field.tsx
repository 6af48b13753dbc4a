import { AutoComplete, Form, Input } from 'antd';
import { useMemo } from 'react';
import type { Unit } from '../../api/types.ts';
import { matchPlaces, placeUnitsOf, spoken } from './intake-places.ts';
import { useT } from '../../i18n/use-t.ts';

/**
 * 发生地点: the address as typed, with the village, community or grid it names offered below as
 * the operator types (arrow keys and Enter choose one, which fixes the place unit); the server
 * also finds the place in a free address when none is chosen.
 */
export function IntakePlaceField({
  units,
  placeUnitId,
  onPlaceUnit,
}: {
  units: readonly Unit[];
  placeUnitId: number | undefined;
  onPlaceUnit: (id: number | undefined) => void;
}) {
  const t = useT();
  const form = Form.useFormInstance();
  const address = (Form.useWatch('address', form) as string | undefined) ?? '';
  const places = useMemo(() => placeUnitsOf(units), [units]);
  const options = useMemo(() => {
    const seen = new Set<string>();
    return matchPlaces(places, address).flatMap((p) => {
      const value = spoken(p);
      if (seen.has(value)) return [];
      seen.add(value);
      return [{ value, label: p.label }];
    });
  }, [places, address]);
  const chosen = placeUnitId ? places.find((p) => p.id === placeUnitId) : undefined;
  return (
    <Form.Item
      name="address"
      label={t('intake.place')}
      required
      extra={chosen ? t('intake.placeUnit', { place: chosen.label }) : undefined}
      rules={[
        {
          validator: (_rule, value?: string) =>
            value?.trim() || placeUnitId ? Promise.resolve() : Promise.reject(new Error(t('intake.placeRequired'))),
        },
      ]}
    >
      <AutoComplete
        options={options}
        onSelect={(value: string) => onPlaceUnit(places.find((p) => spoken(p) === value)?.id)}
        onChange={(value: string) => {
          // Typing on after the chosen place (a road, a house) keeps it; changing the place drops it.
          if (chosen && !value.startsWith(spoken(chosen))) onPlaceUnit(undefined);
        }}
      >
        <Input maxLength={200} placeholder={t('intake.placePlaceholder')} data-testid="intake-address" />
      </AutoComplete>
    </Form.Item>
  );
}
