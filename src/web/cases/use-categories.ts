import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { CategoryNode } from './case-types.ts';

let pending: Promise<CategoryNode[]> | null = null;

/** The category tree (GET /categories), read once per page load and shared by every form and filter. */
function loadCategories(): Promise<CategoryNode[]> {
  pending ??= api.get<{ items: CategoryNode[] }>('/categories').then(
    (page) => page.items,
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}

export function useCategories(): { categories: CategoryNode[]; loading: boolean; error: unknown } {
  const [state, setState] = useState<{ categories: CategoryNode[]; loading: boolean; error: unknown }>({
    categories: [],
    loading: true,
    error: null,
  });
  useEffect(() => {
    let live = true;
    loadCategories().then(
      (categories) => live && setState({ categories, loading: false, error: null }),
      (error: unknown) => live && setState({ categories: [], loading: false, error }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
