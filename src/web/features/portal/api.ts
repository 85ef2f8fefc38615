import { useQuery } from '@tanstack/react-query';
import type { PublicProvinceDto } from '../../../contracts/units';
import { api } from '../../api/client';

/** The province this deployment serves (the portal's name); it changes rarely. */
export function usePublicProvince() {
  return useQuery({
    queryKey: ['portal', 'province'],
    queryFn: () => api<PublicProvinceDto>('/api/public/province'),
    staleTime: 300_000,
  });
}
